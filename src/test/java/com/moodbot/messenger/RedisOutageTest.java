package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.ops.RedisReadiness;
import com.moodbot.support.CapturedLog;
import com.moodbot.support.RedisServer;
import com.moodbot.support.StallingProxy;
import com.moodbot.support.TestServers;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Redis stops answering mid-run (a proxy that keeps the connection open and forwards nothing):
 * webhook acks stay fast (an event Redis cannot store within its command timeout is kept in memory
 * instead), people still get their replies and cards, and the deletion callback
 * answers at once (503, retry later) instead of stalling a Netty event loop for Lettuce's default 60 s.
 */
class RedisOutageTest {

    private static final String SECRET = "outage-secret";
    /**
     * The proxy stays hung to the end, so an answer at all shows that nothing waited for Redis. One
     * that did would wait Lettuce's default 60 s; requests give up well before that, at any load.
     */
    private static final Duration SHORT_OF_LETTUCES_DEFAULT = Duration.ofSeconds(30);
    private static final SignatureVerifier SIGNER = new SignatureVerifier(SECRET);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHungRedisCostsRepeatsNotReplies() throws Exception {
        try (RedisServer redis = RedisServer.start();
             FakeGraphApi graph = new FakeGraphApi();
             StallingProxy proxy = new StallingProxy(redis.port());
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 14, Map.of(
                     "redis.uri", "redis://127.0.0.1:" + proxy.port(), "moodbot.redis.command-timeout", "250ms",
                     "moodbot.public-url", "https://bot.example.com"))) {
            EventDispatcher dispatcher = server.getApplicationContext().getBean(EventDispatcher.class);
            post(server, "m_before", "MORE|sad|film");
            assertTrue(server.getApplicationContext().getBean(EventIntake.class).awaitIdle(
                    SHORT_OF_LETTUCES_DEFAULT.toSeconds(), TimeUnit.SECONDS));
            assertEquals(List.of("mark_seen", "card"), kinds(graph, "o1"), "Redis in service");

            proxy.stall();
            try (CapturedLog readiness = new CapturedLog(RedisReadiness.class, Level.INFO);
                 CapturedLog health = new CapturedLog(HealthResult.class, Level.INFO)) {
                for (int i = 0; i < 3; i++) {
                    HttpResponse<String> probe = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                            + "/health/readiness")).timeout(SHORT_OF_LETTUCES_DEFAULT).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(503, probe.statusCode(), "not ready with Redis hung: " + probe.body());
                }
                assertEquals(List.of("Redis does not answer (no answer in time): not ready for traffic until it does"),
                        readiness.lines(), "one line for three probes");
                assertEquals(List.of(), health.lines(), "no error with a stack trace per probe");
            }
            HttpResponse<String> ack = post(server, "m_during", "MORE|sad|film");
            assertEquals(200, ack.statusCode(), "acknowledged with Redis hung: it waited at most its command timeout");
            assertTrue(dispatcher.awaitIdle(SHORT_OF_LETTUCES_DEFAULT.toSeconds(), TimeUnit.SECONDS),
                    "answered with Redis hung: no command waited for it");
            assertEquals(List.of("mark_seen", "card", "mark_seen", "card"), kinds(graph, "o1"),
                    "with Redis hung the person still gets a card (it may repeat one)");

            String signed = SignedRequest.sign("{\"algorithm\":\"HMAC-SHA256\",\"user_id\":\"77\",\"issued_at\":"
                    + System.currentTimeMillis() / 1000 + "}", SECRET);
            HttpResponse<String> deletion = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                            + "/privacy/deletion")).header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(SHORT_OF_LETTUCES_DEFAULT)
                    .POST(HttpRequest.BodyPublishers.ofString("signed_request=" + signed)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, deletion.statusCode(), "not erased, so Meta is told to retry");
        }
    }

    /** Returns as soon as the webhook has answered, before the event is. */
    private HttpResponse<String> post(EmbeddedServer server, String mid, String payload) throws Exception {
        byte[] body = Fixtures.webhook("quick-reply.json", Map.of("PSID", "o1", "MID", mid, "PAYLOAD", payload));
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                .header("X-Hub-Signature-256", SIGNER.header(body)).timeout(SHORT_OF_LETTUCES_DEFAULT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> kinds(FakeGraphApi graph, String psid) {
        return graph.callsTo(psid).stream().map(FakeGraphApi.Call::kind).toList();
    }
}
