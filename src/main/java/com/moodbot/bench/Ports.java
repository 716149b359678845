package com.moodbot.bench;

import com.moodbot.http.FreePorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;

/** Loopback ports for the processes a bench (or a test) starts. */
public final class Ports {

    private Ports() {
    }

    /** A port nothing listens on right now, that no outgoing connection takes before it is bound. */
    public static int free() throws IOException {
        return FreePorts.pick(InetAddress.getLoopbackAddress());
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
