package com.moodbot.support;

import com.moodbot.bench.Ports;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

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
        int port = Ports.free();
        Process process = new ProcessBuilder(EXECUTABLE.toString(), "--port", Integer.toString(port), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Ports.awaitListening(port, Duration.ofSeconds(5));
        return new RedisServer(process, port);
    }

    /** What a test does with one connection to a fresh redis-server. */
    @FunctionalInterface
    public interface Connected {
        void run(StatefulRedisConnection<String, String> redis) throws Exception;
    }

    /** Runs {@code test} on one connection to a fresh redis-server, then closes both. */
    public static void connected(Connected test) throws Exception {
        try (RedisServer redis = start()) {
            RedisClient client = RedisClient.create(redis.uri());
            try (StatefulRedisConnection<String, String> c = client.connect()) {
                test.run(c);
            } finally {
                client.shutdown();
            }
        }
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
