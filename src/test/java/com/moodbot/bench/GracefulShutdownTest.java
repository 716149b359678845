package com.moodbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.messenger.SignatureVerifier;
import com.moodbot.support.TestModels;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM under load, to a real {@code serve} process: readiness goes DOWN, new webhook posts get 503
 * (Facebook redelivers those), every post already accepted is answered, and the process exits 0.
 */
class GracefulShutdownTest {

    private static final String SECRET = "drain-secret";
    private static final SignatureVerifier SIGNER = new SignatureVerifier(SECRET);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpRequest post(ServiceProcess service, String person, String mid) {
        byte[] body = ("{\"object\":\"page\",\"entry\":[{\"id\":\"P\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\""
                + person + "\"},\"recipient\":{\"id\":\"P\"},\"timestamp\":1,\"message\":{\"mid\":\"" + mid
                + "\",\"text\":\"hi\"}}]}]}").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(service.uri("/webhook")).header("X-Hub-Signature-256", SIGNER.header(body))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    @Test
    void sigtermAnswersEveryAcceptedEventRefusesNewOnesAndExitsZero() throws Exception {
        Path model = TestModels.writeRandom(Files.createTempDirectory("moodbot-drain-model"), 7);
        int accepted = 30;
        try (FakeGraphApi graph = new FakeGraphApi()) {
            ServiceProcess service = ServiceProcess.start(List.of("-Xmx512m", "-Dai.djl.offline=true"), Map.of(
                    "MOODBOT_MESSENGER_APP_SECRET", SECRET,
                    "MOODBOT_MESSENGER_VERIFY_TOKEN", "v",
                    "MOODBOT_MESSENGER_PAGE_ACCESS_TOKEN", "T",
                    "MOODBOT_MESSENGER_GRAPH_URL", graph.url(),
                    "MOODBOT_MODEL_DIR", model.toString(),
                    // the Send API calls are held for as long as the checks below take, on any machine
                    "MICRONAUT_HTTP_SERVICES_GRAPH_READ_TIMEOUT", "5m",
                    "MOODBOT_DRAIN_TIMEOUT", "5m"), Duration.ofSeconds(90));
            try {
                graph.hold();
                List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
                for (int i = 0; i < accepted; i++) {
                    posts.add(HTTP.sendAsync(post(service, "person" + i, "mid-" + i), HttpResponse.BodyHandlers.ofString()));
                }
                for (CompletableFuture<HttpResponse<String>> p : posts) {
                    assertEquals(200, p.get().statusCode(), "accepted before the signal");
                }
                assertTrue(graph.await(c -> "mark_seen".equals(c.senderAction()), accepted, Duration.ofMinutes(2)),
                        "every accepted event is being answered, its first Send API call held");
                assertEquals(0, graph.messages(), "no reply is out yet: each waits for its mark_seen's answer");

                service.handle().destroy();
                assertEquals(503, awaitStatus(service, "/health/readiness", 503).statusCode(),
                        "readiness goes DOWN while draining");
                HttpResponse<String> late = HTTP.send(post(service, "late", "mid-late"), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, late.statusCode(), "a post during the drain is refused, so Facebook redelivers it");
                assertTrue(service.handle().isAlive(), "the drain waits for the events still being answered");

                graph.release();
                assertEquals(0, service.terminate(Duration.ofMinutes(2)), "exit status after SIGTERM");
                assertEquals(accepted, graph.messages(), "every accepted post got its reply, once");
                assertEquals(0, graph.messagesTo("late"));
            } finally {
                service.close();
            }
        }
    }

    private static HttpResponse<String> awaitStatus(ServiceProcess service, String path, int wanted) throws Exception {
        HttpResponse<String> last = null;
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        do {
            last = HTTP.send(HttpRequest.newBuilder(service.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == wanted) {
                return last;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < end);
        return last;
    }
}
