package com.moodbot.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Ports to listen on that are free now and stay free until they are bound: picked below the ephemeral range that
 * outgoing connections draw their ports from. A port the system hands out for port 0 is in that range, and an
 * outgoing connection of this very process could take it between the pick and the bind.
 */
public final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FreePorts() {
    }

    /** A port nothing listens on at {@code address} now, below the ephemeral range where there is room. */
    public static int pick(InetAddress address) throws IOException {
        int below = ephemeralRangeStart();
        int from = Math.max(1024, below - 12_000);
        for (int attempt = 0; attempt < 50 && below > from; attempt++) {
            int candidate = from + RANDOM.nextInt(below - from);
            if (isFree(address, candidate)) {
                return candidate;
            }
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, 0));
            return socket.getLocalPort();
        }
    }

    /** Whether {@code port} can be bound at {@code address} (null: every address) now. */
    public static boolean isFree(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** Linux's {@code ip_local_port_range} low end (read by lines: readString trusts the size 0 procfs reports). */
    public static int ephemeralRangeStart() {
        try {
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }
}
