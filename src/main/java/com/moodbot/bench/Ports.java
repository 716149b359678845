package com.moodbot.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Loopback ports for the processes a bench (or a test) starts. */
public final class Ports {

    private Ports() {
    }

    /** A port nothing listens on right now. */
    public static int free() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** Waits until something accepts connections on 127.0.0.1:{@code port}. */
    public static void awaitListening(int port, Duration within) throws IOException, InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(25);
            }
        }
        throw new IOException("nothing listening on port " + port + " after " + within);
    }
}
