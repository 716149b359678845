package com.moodbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.Application;
import com.moodbot.messenger.EventDispatcher;
import com.moodbot.messenger.StreamConsumer;
import com.moodbot.support.CommandProcess;
import io.micronaut.context.ApplicationContext;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * With REDIS_URI set (the service's environment, shared by every command on that machine), the
 * commands that are not {@code serve} neither connect to Redis nor build the serving stack.
 */
class CommandsWithRedisSetTest {

    private static final String NOBODY_LISTENS = "redis://127.0.0.1:1";
    /** A JVM and Micronaut start in about 4 s on a loaded 2-core machine; the floor is 5 s unloaded. */
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void aCommandContextBuildsNoIntakeNorDispatcher() {
        try (ApplicationContext context = Application.context("catalog", Map.of("redis.uri", NOBODY_LISTENS))) {
            assertFalse(context.findBeanRegistration(context.getBeanDefinition(StreamConsumer.class)).isPresent(),
                    "the stream consumer is built when the server starts, not with the context");
            assertFalse(context.findBeanRegistration(context.getBeanDefinition(EventDispatcher.class)).isPresent(),
                    "nothing pulls in the dispatcher's 128 threads");
        }
    }

    @Test
    void catalogCheckSucceedsWithRedisDown() throws Exception {
        CommandProcess check = CommandProcess.run(Map.of("REDIS_URI", NOBODY_LISTENS), WITHIN,
                "catalog", "check", "recommendations");
        assertEquals(0, check.exitCode(), check.stderr());
        assertTrue(check.stdout().contains("recommendations: OK"), check.stdout());
        System.out.println("catalog check with Redis down: " + check.took().toMillis() + " ms");
    }

    @Test
    void trainHelpPrintsHelpWithRedisDown() throws Exception {
        CommandProcess help = CommandProcess.run(Map.of("REDIS_URI", NOBODY_LISTENS), WITHIN, "train", "--help");
        assertEquals(0, help.exitCode(), help.stderr());
        assertTrue(help.stdout().contains("--epochs"), help.stdout());
        assertEquals("", help.stderr());
        System.out.println("train --help with Redis down: " + help.took().toMillis() + " ms");
    }

    @Test
    void catalogCheckOpensNoConnectionToRedis() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0)) {
            Thread counter = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket accepted = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (Exception closed) {
                        return;
                    }
                }
            });
            counter.setDaemon(true);
            counter.start();
            CommandProcess check = CommandProcess.run(Map.of("REDIS_URI", "redis://127.0.0.1:" + listener.getLocalPort()),
                    WITHIN, "catalog", "check", "recommendations");
            assertEquals(0, check.exitCode(), check.stderr());
        }
        assertEquals(0, connections.get(), "connections made to REDIS_URI by catalog check");
    }
}
