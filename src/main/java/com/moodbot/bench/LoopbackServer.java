package com.moodbot.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/** The JDK's HTTP server on 127.0.0.1, for stand-ins of remote hosts in benches. */
final class LoopbackServer {

    static {
        // The JDK server leaves Nagle's algorithm on by default. With the client's delayed ACKs that
        // adds up to 40 ms to an answer written in more than one piece, which no real CDN or API does.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private LoopbackServer() {
    }

    static HttpServer create() throws IOException {
        return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    }
}
