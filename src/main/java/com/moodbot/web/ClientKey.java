package com.moodbot.web;

import io.netty.util.NetUtil;
import java.util.Arrays;

/**
 * What the web limits count a client by: an IPv4 address as it is, an IPv6 address by its /64 (one
 * subscriber's network, which it can rotate through at will), an IPv4-mapped IPv6 address as IPv4,
 * the loopback {@code ::1} as itself (its /64, {@code ::/64}, would read as every address).
 * A value that is no address literal (a forwarded header's garbage) is kept as it is, never resolved.
 */
final class ClientKey {

    private static final byte[] LOOPBACK = NetUtil.createByteArrayFromIpAddressString("::1");

    private ClientKey() {
    }

    static String of(String address) {
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(literal);
        if (bytes == null || bytes.length == 4) {
            return address;
        }
        if (isIpv4Mapped(bytes)) {
            return NetUtil.bytesToIpAddress(bytes, 12, 4);
        }
        if (Arrays.equals(bytes, LOOPBACK)) {
            return "::1";
        }
        Arrays.fill(bytes, 8, 16, (byte) 0);
        return NetUtil.bytesToIpAddress(bytes) + "/64";
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }
}
