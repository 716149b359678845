package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Graph API fails in every transient way, then recovers: every reply arrives exactly once, in order. */
class SendFaultInjectionTest {

    static final String SECRET = "fault-secret";
    static FakeGraphApi graph;
    static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        graph = new FakeGraphApi();
        server = TestServers.messenger(SECRET, graph, 1, Map.of(
                "moodbot.messenger.retry.base", "5ms",
                "moodbot.messenger.retry.pause", "20ms",
                "moodbot.messenger.retry.max-attempts", 8,
                "micronaut.http.services.graph.read-timeout", "400ms"));
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
        graph.close();
    }

    @Test
    void transientFailuresThenRecoveryDeliverEveryReplyExactlyOnce() throws Exception {
        int[] faults = {500, 1200, 613, FakeGraphApi.TIMEOUT, 500, 1200, 613};
        AtomicInteger n = new AtomicInteger();
        graph.answer(c -> {
            int i = n.getAndIncrement();
            return i < 40 && i % 2 == 0 ? faults[(i / 2) % faults.length] : 200;
        });
        HttpClient http = HttpClient.newHttpClient();
        SignatureVerifier signer = new SignatureVerifier(SECRET);
        for (int person = 0; person < 4; person++) {
            for (int k = 0; k < 3; k++) {
                String payload = k == 0 ? "GET_STARTED" : "HELP";
                byte[] body = Fixtures.webhook("quick-reply.json", Map.of("PSID", "p" + person, "MID", "m" + person + "_" + k,
                        "PAYLOAD", payload));
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                        .header("X-Hub-Signature-256", signer.header(body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
            }
        }
        assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(60, TimeUnit.SECONDS));
        for (int person = 0; person < 4; person++) {
            List<FakeGraphApi.Call> calls = graph.callsTo("p" + person);
            assertEquals(List.of("mark_seen", "text", "mark_seen", "text", "mark_seen", "text"),
                    calls.stream().map(FakeGraphApi.Call::kind).toList(), "person " + person);
            assertTrue(calls.get(1).text().startsWith("Hi, I'm moodbot!"), "the Get Started answer comes first");
        }
        assertTrue(graph.attempts() >= 24 + 20, "faults were injected: " + graph.attempts() + " attempts");
    }

    /**
     * Facebook took the message but its answer never arrived: the client cannot tell this from a
     * request that was lost, retries, and the person gets that reply twice. The Send API has no
     * idempotency key, so delivery to people is at-least-once, never exactly-once; README says so.
     */
    @Test
    void anAcceptedRequestWhoseAnswerIsLostIsSentAgain() throws Exception {
        AtomicInteger n = new AtomicInteger();
        graph.answer(c -> "text".equals(c.kind()) && n.getAndIncrement() == 0 ? FakeGraphApi.ANSWER_LOST : 200);
        byte[] body = Fixtures.webhook("quick-reply.json", Map.of("PSID", "lost", "MID", "m_lost", "PAYLOAD", "HELP"));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                .header("X-Hub-Signature-256", new SignatureVerifier(SECRET).header(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(20, TimeUnit.SECONDS));
        List<String> kinds = graph.callsTo("lost").stream().map(FakeGraphApi.Call::kind).toList();
        assertEquals(List.of("mark_seen", "text", "text"), kinds, "the help text reached the person twice");
        assertEquals(graph.callsTo("lost").get(1).text(), graph.callsTo("lost").get(2).text());
    }
}
