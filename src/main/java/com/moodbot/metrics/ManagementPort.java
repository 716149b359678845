package com.moodbot.metrics;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The management listener's port, fixed before the server starts because the metrics route is bound
 * to it: the configured one, or for port 0 a port that was free a moment ago, chosen where no outgoing
 * connection takes one.
 */
@Singleton
public class ManagementPort {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ManagementConfig config;
    private final int port;

    public ManagementPort(ManagementConfig config) {
        this.config = config;
        this.port = config.port() != 0 ? config.port() : freePort(config.host());
    }

    public int port() {
        return port;
    }

    public String host() {
        return config.host();
    }

    /**
     * A free port below the ephemeral range that outgoing connections draw their ports from: one found free
     * there stays free until the listener binds it, unless another listener takes it. (A port the system hands
     * out for port 0 is in that range, and an outgoing connection of this very process could take it first.)
     */
    private static int freePort(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            int below = ephemeralRangeStart();
            int from = Math.max(1024, below - 12_000);
            for (int attempt = 0; attempt < 50 && below > from; attempt++) {
                int candidate = from + RANDOM.nextInt(below - from);
                try (ServerSocket socket = new ServerSocket()) {
                    socket.bind(new InetSocketAddress(address, candidate));
                    return candidate;
                } catch (IOException taken) {
                    // try another
                }
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(address, 0));
                return socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the management listener on " + host, e);
        }
    }

    /** Linux's {@code ip_local_port_range} low end (read by lines: readString trusts the size 0 procfs reports). */
    private static int ephemeralRangeStart() {
        try {
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }
}
