package com.moodbot.messenger;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether an address may be a photo host's: not loopback, private (10/8, 172.16/12, 192.168/16,
 * fc00::/7), link-local (169.254/16 with cloud metadata, fe80::/10), carrier-grade NAT (100.64/10),
 * protocol assignments (192.0.0/24), benchmarking (198.18/15), unspecified, multicast or reserved. IPv4
 * carried in IPv6 is unpacked and checked as IPv4: mapped and compatible (::ffff:0:0/96, ::/96), NAT64
 * (64:ff9b::/96) and 6to4 (2002::/16); local-use NAT64 (64:ff9b:1::/48) and Teredo (2001::/32, whose IPv4
 * is hidden) are refused whole.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && first < 240
                    && !startsWith(b, 192, 0, 0) && !(first == 198 && (second & 0xfe) == 18);
        }
        if (a instanceof Inet6Address) {
            boolean teredo = startsWith(b, 0x20, 0x01, 0, 0);
            if ((b[0] & 0xfe) == 0xfc || startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01) || teredo) {
                return false;
            }
            if (startsWith(b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff) || startsWith(b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                    || startsWith(b, 0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0)) {
                return isPublicIpv4(b, 12);
            }
            if (startsWith(b, 0x20, 0x02)) {
                return isPublicIpv4(b, 2);
            }
        }
        return true;
    }

    private static boolean isPublicIpv4(byte[] b, int from) {
        try {
            return isPublic(InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]}));
        } catch (UnknownHostException impossible) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
