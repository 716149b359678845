package com.moodbot.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MOODBOT_WEB_TRUSTED_PROXIES: addresses ({@code 10.0.0.2}) and ranges ({@code 10.0.0.0/8}, {@code fd00::/8})
 * whose {@code X-Forwarded-For} is believed. Only IP literals: a name is refused, never looked up.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;
    private final List<String> written;

    private TrustedProxies(List<Range> ranges, List<String> written) {
        this.ranges = ranges;
        this.written = written;
    }

    /** @throws IllegalArgumentException naming the entry that is no address or range */
    public static TrustedProxies parse(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (String raw : entries) {
            for (String entry : raw.split(",")) {
                String e = entry.strip();
                if (!e.isEmpty()) {
                    ranges.add(range(e));
                    written.add(e);
                }
            }
        }
        return new TrustedProxies(List.copyOf(ranges), List.copyOf(written));
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        byte[] bytes = literal(address).orElseThrow(() -> refused(entry));
        int bits = bytes.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException notANumber) {
                throw refused(entry);
            }
            if (bits < 0 || bits > bytes.length * 8) {
                throw refused(entry);
            }
        }
        return new Range(bytes, bits);
    }

    /** The address's bytes when it is an IPv4 or IPv6 literal (a zone id dropped); never a name lookup. */
    private static Optional<byte[]> literal(String address) {
        String a = address.strip();
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        if (IPV4.matcher(a).matches()) {
            byte[] bytes = new byte[4];
            String[] octets = a.split("\\.");
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(octets[i]);
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (!IPV6.matcher(a).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(a).getAddress()); // a literal with ':' is parsed, not looked up
        } catch (UnknownHostException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static IllegalArgumentException refused(String entry) {
        return new IllegalArgumentException("MOODBOT_WEB_TRUSTED_PROXIES has '" + entry
                + "', which is no IP address or range such as 10.0.0.2 or 10.0.0.0/8");
    }

    /** Whether {@code address} (an IP literal, as a connection or a hop gives it) is one of the trusted. */
    public boolean trusts(String address) {
        if (ranges.isEmpty()) {
            return false;
        }
        byte[] bytes = literal(address).orElse(null);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(", ", written);
    }
}
