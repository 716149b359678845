package com.moodbot.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;

/** A real redis-server (Debian's package) on a free loopback port, without persistence, for one test. */
public final class RedisServer implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/bin/redis-server");
    private final Process process;
    private final int port;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Skips the test (or fails it where Redis is required) when redis-server is not installed. */
    public static RedisServer start() throws IOException, InterruptedException {
        Required.executables(Required.REDIS, "needs Debian's redis-server (apt-get install redis-server)", EXECUTABLE);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process process = new ProcessBuilder(EXECUTABLE.toString(), "--port", Integer.toString(port), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitPort(port);
        return new RedisServer(process, port);
    }

    public static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(25);
            }
        }
        throw new IllegalStateException("nothing listening on port " + port);
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
