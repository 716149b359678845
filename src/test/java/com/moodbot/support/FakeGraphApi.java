package com.moodbot.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A stand-in for graph.facebook.com that records every call and answers as the Send API does, and
 * as the {@code ids_for_pages} edge does for the app-scoped ids given to {@link #pageScopedIds}.
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
    private final AtomicInteger attempts = new AtomicInteger();
    private final HttpServer server;
    private final JsonMapper json = JsonMapper.createDefault();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private volatile Function<Call, Integer> status = c -> 200;
    private final Map<String, List<String>> pageScopedIds = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Call> lookups = new ConcurrentLinkedQueue<>();
    private volatile boolean lookupsFail;

    public FakeGraphApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode node = body.length == 0 ? JsonNode.nullNode() : json.readValue(body, JsonNode.class);
            Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"), node);
            if (call.method().equals("GET") && call.path().endsWith("/ids_for_pages")) {
                lookups.add(call);
                if (lookupsFail) {
                    respond(exchange, 500, ("{\"error\":{\"message\":\"An unexpected error has occurred.\",\"type\":"
                            + "\"OAuthException\",\"code\":2,\"fbtrace_id\":\"TRACE\"}}").getBytes(StandardCharsets.UTF_8));
                } else {
                    respond(exchange, 200, idsForPages(call.path().split("/")[2]));
                }
                return;
            }
            int fault = status.apply(call);
            attempts.incrementAndGet();
            if (fault == TIMEOUT) {
                sleepQuietly(1500);
                fault = 500;
            }
            if (fault == ANSWER_LOST) {
                calls.add(call);
                sleepQuietly(1500);
                fault = 200;
                call = null;
            }
            int code = switch (fault) {
                case 200 -> 200;
                case 500, 1200 -> 500;
                default -> 400;
            };
            int errorCode = fault == 500 ? 2 : fault;
            byte[] answer = (code == 200 ? "{\"recipient_id\":\"1\",\"message_id\":\"m_out\"}"
                    : "{\"error\":{\"message\":\"fake\",\"type\":\"OAuthException\",\"code\":" + errorCode
                    + ",\"fbtrace_id\":\"TRACE\"}}").getBytes(StandardCharsets.UTF_8);
            if (code == 200 && call != null) {
                calls.add(call);
            }
            respond(exchange, code, answer);
        });
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-graph");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    private static void respond(HttpExchange exchange, int code, byte[] answer) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** The edge's answer: one entry per Page, its Page-scoped id and the Page; the last page of results. */
    private byte[] idsForPages(String appScopedId) {
        List<String> entries = new ArrayList<>();
        List<String> ids = pageScopedIds.getOrDefault(appScopedId, List.of());
        for (int i = 0; i < ids.size(); i++) {
            entries.add("{\"id\":\"" + ids.get(i) + "\",\"page\":{\"name\":\"Page " + i + "\",\"id\":\"90000" + i + "\"}}");
        }
        return ("{\"data\":[" + String.join(",", entries) + "],\"paging\":{\"cursors\":{\"before\":\"QVFI\","
                + "\"after\":\"QVFJ\"}}}").getBytes(StandardCharsets.UTF_8);
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

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        server.stop(0);
    }
}
