package com.moodbot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A stand-in for graph.facebook.com, for the benches and the tests: records every call it accepts
 * and answers as the Send API does, at once or after a fixed latency, with the faults a test asks
 * for, or not at all until {@link #release()} after {@link #hold()}.
 */
public final class FakeGraphApi implements AutoCloseable {

    /** One recorded call. */
    public record Call(String method, String path, String query, String authorization, JsonNode body) {
        public String recipient() {
            JsonNode r = body.get("recipient");
            return r == null ? null : r.get("id").getStringValue();
        }

        public String senderAction() {
            JsonNode a = body.get("sender_action");
            return a == null ? null : a.getStringValue();
        }

        public String text() {
            JsonNode m = body.get("message");
            return m == null || m.get("text") == null ? null : m.get("text").getStringValue();
        }

        public JsonNode element() {
            return body.get("message").get("attachment").get("payload").get("elements").get(0);
        }

        public List<String> quickReplyPayloads() {
            List<String> out = new ArrayList<>();
            JsonNode q = body.get("message") == null ? null : body.get("message").get("quick_replies");
            if (q != null) {
                q.values().forEach(n -> out.add(n.get("payload").getStringValue()));
            }
            return out;
        }

        /** "mark_seen", "typing_on", "text" or "card". */
        public String kind() {
            if (senderAction() != null) {
                return senderAction();
            }
            return text() != null ? "text" : "card";
        }
    }

    /** Fault codes for {@link #answer}: 200 accepts; 500 (code 2), 1200 and 613 are transient; 190 is permanent. */
    public static final int TIMEOUT = -1;
    /** The call is accepted (recorded, as Facebook delivers it) but the answer comes too late for the client. */
    public static final int ANSWER_LOST = -2;
    /** When a {@link #TIMEOUT} or {@link #ANSWER_LOST} answer comes: after the tests' Send API read timeout. */
    private static final long LATE_MS = 6000;

    private final AtomicInteger attempts = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(daemons("fake-graph"));
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(daemons("fake-graph-later"));
    private final JsonMapper json = JsonMapper.createDefault();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final long latencyMs;
    private volatile Function<Call, Integer> status = c -> 200;
    private final Map<String, List<String>> pageScopedIds = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Call> lookups = new ConcurrentLinkedQueue<>();
    private volatile boolean lookupsFail;
    /** Answers waiting for {@link #release()}; null when answers go out. Guarded by {@code this}. */
    private List<Runnable> held;

    public FakeGraphApi() {
        this(0);
    }

    /** @param latencyMs how long each answer takes, as a remote Graph API would (0: at once) */
    public FakeGraphApi(long latencyMs) {
        this.latencyMs = latencyMs;
        try {
            server = LoopbackServer.create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::receive);
        server.setExecutor(pool);
        server.start();
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonNode node = body.length == 0 ? JsonNode.nullNode() : json.readValue(body, JsonNode.class);
        Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"), node);
        if (call.method().equals("GET") && call.path().endsWith("/ids_for_pages")) {
            lookups.add(call);
            answerLookup(exchange, call.path().split("/")[2]);
            return;
        }
        int fault = status.apply(call);
        attempts.incrementAndGet();
        if (fault == TIMEOUT) {
            later.schedule(() -> respond(exchange, 500), LATE_MS, TimeUnit.MILLISECONDS);
        } else if (fault == ANSWER_LOST) {
            record(call);
            later.schedule(() -> respond(exchange, 200), LATE_MS, TimeUnit.MILLISECONDS);
        } else {
            if (fault == 200) {
                record(call);
            }
            send(() -> respond(exchange, fault));
        }
    }

    private void record(Call call) {
        calls.add(call);
        synchronized (calls) {
            calls.notifyAll();
        }
    }

    private void send(Runnable respond) {
        synchronized (this) {
            if (held != null) {
                held.add(respond);
                return;
            }
        }
        if (latencyMs > 0) {
            later.schedule(respond, latencyMs, TimeUnit.MILLISECONDS);
        } else {
            respond.run();
        }
    }

    private static void respond(HttpExchange exchange, int fault) {
        int code = switch (fault) {
            case 200 -> 200;
            case 500, 1200 -> 500;
            default -> 400;
        };
        int errorCode = fault == 500 ? 2 : fault;
        byte[] answer = (code == 200 ? "{\"recipient_id\":\"1\",\"message_id\":\"m_out\"}"
                : "{\"error\":{\"message\":\"fake\",\"type\":\"OAuthException\",\"code\":" + errorCode
                + ",\"fbtrace_id\":\"TRACE\"}}").getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, answer.length);
            exchange.getResponseBody().write(answer);
        } catch (IOException e) {
            // the client gave up waiting; it retries
        }
    }

    private void answerLookup(HttpExchange exchange, String appScopedId) throws IOException {
        byte[] answer;
        if (lookupsFail) {
            answer = ("{\"error\":{\"message\":\"An unexpected error has occurred.\",\"type\":"
                    + "\"OAuthException\",\"code\":2,\"fbtrace_id\":\"TRACE\"}}").getBytes(StandardCharsets.UTF_8);
        } else {
            List<String> entries = new ArrayList<>();
            List<String> ids = pageScopedIds.getOrDefault(appScopedId, List.of());
            for (int i = 0; i < ids.size(); i++) {
                entries.add("{\"id\":\"" + ids.get(i) + "\",\"page\":{\"name\":\"Page " + i + "\",\"id\":\"90000" + i + "\"}}");
            }
            answer = ("{\"data\":[" + String.join(",", entries) + "],\"paging\":{\"cursors\":{\"before\":\"QVFI\","
                    + "\"after\":\"QVFJ\"}}}").getBytes(StandardCharsets.UTF_8);
        }
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(lookupsFail ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /** The ids_for_pages edge gives these Page-scoped ids for {@code appScopedId} (none for any other). */
    public void pageScopedIds(String appScopedId, String... ids) {
        pageScopedIds.put(appScopedId, List.of(ids));
    }

    /** The ids_for_pages edge answers Graph's "unexpected error" (code 2, HTTP 500) while {@code fail}. */
    public void failLookups(boolean fail) {
        lookupsFail = fail;
    }

    /** Every ids_for_pages request received. */
    public List<Call> lookups() {
        return List.copyOf(lookups);
    }

    /** What each call sent, in order: {@link Call#kind()}. */
    public static List<String> kinds(List<Call> calls) {
        return calls.stream().map(Call::kind).toList();
    }

    /** From now on calls are recorded but not answered, until {@link #release()}. */
    public synchronized void hold() {
        if (held == null) {
            held = new ArrayList<>();
        }
    }

    /** Answers every call held, and the later ones as they come. */
    public void release() {
        List<Runnable> waiting;
        synchronized (this) {
            waiting = held == null ? List.of() : held;
            held = null;
        }
        waiting.forEach(this::send);
    }

    /** Every request received, accepted or not. */
    public int attempts() {
        return attempts.get();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> callsTo(String psid) {
        return calls.stream().filter(c -> psid.equals(c.recipient())).toList();
    }

    /** Message sends (not sender actions) accepted for one recipient so far. */
    public int messagesTo(String recipient) {
        return (int) calls.stream().filter(c -> c.senderAction() == null && recipient.equals(c.recipient())).count();
    }

    /** Message sends (not sender actions) accepted in all. */
    public int messages() {
        return (int) calls.stream().filter(c -> c.senderAction() == null).count();
    }

    public int actions() {
        return (int) calls.stream().filter(c -> c.senderAction() != null).count();
    }

    public int total() {
        return calls.size();
    }

    /** Waits until {@code count} accepted calls match, or {@code within} has passed; whether they did. */
    public boolean await(Predicate<Call> which, int count, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        synchronized (calls) {
            while (calls.stream().filter(which).count() < count) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                calls.wait(left);
            }
            return true;
        }
    }

    /**
     * Waits until {@code expected} calls have arrived, or none has for {@code quiet}; then up to a
     * second more, so that stray duplicates are counted too.
     */
    public void awaitCalls(int expected, Duration quiet) throws InterruptedException {
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

    public void clear() {
        calls.clear();
    }

    /** Between tests: no calls recorded, and every call accepted. */
    public void reset() {
        clear();
        answer(c -> 200);
    }

    /** Decides the fault per call (200 = accepted and recorded; see {@link #TIMEOUT}). */
    public void answer(Function<Call, Integer> status) {
        this.status = status;
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        pool.shutdownNow();
        later.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
