package com.moodbot.metrics;

import com.moodbot.http.FreePorts;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;

/**
 * The management listener's port, fixed before the server starts because the metrics route is bound
 * to it: the configured one, or for port 0 a port that was free a moment ago, chosen where no outgoing
 * connection takes one.
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
        try {
            return FreePorts.pick(InetAddress.getByName(host));
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the management listener on " + host, e);
        }
    }
}
