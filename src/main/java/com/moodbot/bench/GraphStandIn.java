package com.moodbot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Graph API stand-in for benches: accepts every Send API call and counts them per recipient and kind. */
final class GraphStandIn implements AutoCloseable {

    private static final Pattern RECIPIENT = Pattern.compile("\"recipient\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final byte[] OK = "{\"recipient_id\":\"1\",\"message_id\":\"m\"}".getBytes(StandardCharsets.UTF_8);
    private final Map<String, AtomicInteger> messages = new ConcurrentHashMap<>();
    private final AtomicInteger actions = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor();

    /** @param latencyMs how long each answer takes, as a remote Graph API would (0: at once) */
    GraphStandIn(long latencyMs) throws IOException {
        server = LoopbackServer.create();
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (body.contains("\"sender_action\"")) {
                actions.incrementAndGet();
            } else {
                Matcher m = RECIPIENT.matcher(body);
                messages.computeIfAbsent(m.find() ? m.group(1) : "?", k -> new AtomicInteger()).incrementAndGet();
            }
            if (latencyMs > 0) {
                delays.schedule(() -> answer(exchange), latencyMs, TimeUnit.MILLISECONDS);
            } else {
                answer(exchange);
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    private static void answer(HttpExchange exchange) {
        try (exchange) {
            exchange.sendResponseHeaders(200, OK.length);
            exchange.getResponseBody().write(OK);
        } catch (IOException e) {
            // the service gave up waiting; it will retry
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Message sends (not sender actions) received for one recipient so far. */
    int messagesTo(String recipient) {
        AtomicInteger n = messages.get(recipient);
        return n == null ? 0 : n.get();
    }

    /** Message sends (not sender actions) received in all. */
    int messages() {
        return messages.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int actions() {
        return actions.get();
    }

    int total() {
        return actions() + messages();
    }

    /**
     * Waits until {@code expected} calls have arrived, or none has for {@code quiet}; then up to a
     * second more, so that stray duplicates are counted too.
     */
    void awaitCalls(int expected, Duration quiet) throws InterruptedException {
        int last = -1;
        long quietSince = System.nanoTime();
        while (total() < expected && System.nanoTime() - quietSince < quiet.toNanos()) {
            Thread.sleep(50);
            if (total() != last) {
                last = total();
                quietSince = System.nanoTime();
            }
        }
        Thread.sleep(Math.min(quiet.toMillis(), 1000));
    }

    void reset() {
        messages.clear();
        actions.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        delays.shutdownNow();
    }
}
