package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micrometer.core.instrument.Counter;
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

/**
 * The Graph API fails in every way that says a message was not delivered, then recovers: every reply
 * arrives exactly once, in order. A request that went out and got no answer is not sent again.
 */
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
                "micronaut.http.services.graph.read-timeout", "2s"));
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
        graph.close();
    }

    @Test
    void transientFailuresThenRecoveryDeliverEveryReplyExactlyOnce() throws Exception { // replies: actions are sent once
        int[] faults = {500, 1200, 613, 500, 1200, 613};
        AtomicInteger n = new AtomicInteger();
        graph.answer(c -> {
            if (!"text".equals(c.kind())) {
                return 200;
            }
            int i = n.getAndIncrement();
            return i < 20 && i % 2 == 0 ? faults[(i / 2) % faults.length] : 200;
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
        assertTrue(graph.attempts() >= 24 + 10, "faults were injected: " + graph.attempts() + " attempts");
    }

    /**
     * Facebook took the message but its answer never arrived: the client cannot tell this from a
     * request that was lost, so it does not send it again, and the person gets the reply once.
     */
    @Test
    void anAcceptedRequestWhoseAnswerIsLostIsNotSentAgain() throws Exception {
        AtomicInteger n = new AtomicInteger();
        graph.answer(c -> "text".equals(c.kind()) && n.getAndIncrement() == 0 ? FakeGraphApi.ANSWER_LOST : 200);
        post(Fixtures.webhook("quick-reply.json", Map.of("PSID", "lost", "MID", "m_lost", "PAYLOAD", "HELP")));
        assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(20, TimeUnit.SECONDS));
        assertEquals(List.of("mark_seen", "text"), graph.callsTo("lost").stream().map(FakeGraphApi.Call::kind).toList(),
                "the help text reached the person once");
        assertEquals(1, n.get(), "one text request went out");
    }

    /**
     * No answer after the request went out, and Facebook had in fact dropped it: that message is
     * lost (the price of never sending one twice), and the rest of the answer still goes out.
     */
    @Test
    void aRequestUnansweredAfterItWentOutIsNotRetriedAndTheRestOfTheAnswerGoesOn() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        graph.answer(c -> "mark_seen".equals(c.kind()) && seen.getAndIncrement() == 0 ? FakeGraphApi.TIMEOUT : 200);
        double before = unanswered();
        post(Fixtures.webhook("quick-reply.json", Map.of("PSID", "slow", "MID", "m_slow", "PAYLOAD", "HELP")));
        assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(20, TimeUnit.SECONDS));
        assertEquals(List.of("text"), graph.callsTo("slow").stream().map(FakeGraphApi.Call::kind).toList());
        assertEquals(1, seen.get(), "mark_seen went out once");
        assertEquals(before + 1, unanswered());
    }

    /** mark_seen is a courtesy, sent once: Facebook refusing it must not cost the person the answer. */
    @Test
    void aRefusedSenderActionIsNotRetriedAndDoesNotStopTheReply() throws Exception {
        for (int fault : new int[] {100, 500}) {
            graph.answer(c -> "mark_seen".equals(c.kind()) ? fault : 200);
            int before = graph.attempts();
            post(Fixtures.webhook("quick-reply.json", Map.of("PSID", "unseen" + fault, "MID", "m_unseen" + fault,
                    "PAYLOAD", "HELP")));
            assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(20, TimeUnit.SECONDS));
            assertEquals(List.of("text"), graph.callsTo("unseen" + fault).stream().map(FakeGraphApi.Call::kind).toList(),
                    "the help text arrived without the mark_seen Facebook refused (" + fault + ")");
            assertEquals(before + 2, graph.attempts(), "mark_seen once, the text once (" + fault + ")");
        }
    }

    /** An error that says the person cannot be reached (551) ends the answer before the event is even read. */
    @Test
    void aPersonWhoCannotBeReachedGetsNothingMoreTried() throws Exception {
        graph.answer(c -> "mark_seen".equals(c.kind()) ? 551 : 200);
        int before = graph.attempts();
        post(Fixtures.webhook("quick-reply.json", Map.of("PSID", "gone", "MID", "m_gone", "PAYLOAD", "HELP")));
        assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(20, TimeUnit.SECONDS));
        assertEquals(before + 1, graph.attempts(), "the mark_seen alone");
        assertEquals(List.of(), graph.callsTo("gone"));
    }

    private static double unanswered() {
        Counter c = server.getApplicationContext().getBean(MoodbotMetrics.class).registry()
                .find("moodbot.send.api.calls").tag("outcome", "unanswered").counter();
        return c == null ? 0 : c.count();
    }

    private static void post(byte[] body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                .header("X-Hub-Signature-256", new SignatureVerifier(SECRET).header(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
    }
}
