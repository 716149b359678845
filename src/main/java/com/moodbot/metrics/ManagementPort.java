package com.moodbot.metrics;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * The management listener's port, fixed before the server starts because the metrics route is bound
 * to it: the configured one, or for port 0 a port that was free a moment ago.
 */
@Singleton
public class ManagementPort {

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

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the management listener on " + host, e);
        }
    }
}
