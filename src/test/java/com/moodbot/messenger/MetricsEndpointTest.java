package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.PhotoUpload;
import com.moodbot.channel.Channel;
import com.moodbot.conversation.PersonIds;
import com.moodbot.recommend.CatalogService;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.FakeImageHost;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real traffic through the webhook and /api/analyze, then one scrape of /prometheus on the management port: every series moved. */
class MetricsEndpointTest {

    private static final String SECRET = "metrics-secret";
    private static final SignatureVerifier SIGNER = new SignatureVerifier(SECRET);
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path catalogs;

    @Test
    void seriesMoveWithTrafficAndNameNoPerson() throws Exception {
        Required.fer2013("for the photo with a face");
        try (Stream<Path> files = Files.list(Path.of("recommendations"))) {
            for (Path f : files.toList()) {
                Files.copy(f, catalogs.resolve(f.getFileName()));
            }
        }
        byte[] selfie = Photos.jpeg(Photos.canvas(1080, 1440, List.of(Photos.detectableFaces().get(0)),
                new int[][] {{290, 400, 500}}));
        try (FakeGraphApi graph = new FakeGraphApi();
             FakeImageHost images = new FakeImageHost();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 11, Map.of(
                     "moodbot.messenger.retry.base", "10ms",
                     "moodbot.fetch.allowed-hosts", "127.0.0.1",
                     "moodbot.fetch.allow-http", true,
                "moodbot.fetch.allow-private-addresses", true,
                     "moodbot.catalog.dir", catalogs.toString()))) {
            AtomicInteger calls = new AtomicInteger();
            graph.answer(c -> "text".equals(c.kind()) && calls.getAndIncrement() == 0 ? 500 : 200); // a reply is retried
            assertEquals(200, post(server, Fixtures.webhook("text.json"), true));
            assertEquals(403, post(server, Fixtures.webhook("text.json"), false));
            String url = images.put("/selfie.jpg", selfie);
            assertEquals(200, post(server, Fixtures.webhook("image.json", Map.of("IMAGE_URL", url, "MID", "m_photo")), true));
            assertEquals(200, post(server, Fixtures.webhook("quick-reply.json",
                    Map.of("PSID", "4444", "MID", "m_pick", "PAYLOAD", "MOOD|sad|happy")), true));
            Files.writeString(catalogs.resolve("films.yml"), "\n# edited\n", StandardOpenOption.APPEND);
            CatalogService catalogService = server.getApplicationContext().getBean(CatalogService.class);
            catalogService.reloadIfChanged(); // seen changed (here or by the service's own poll)...
            catalogService.reloadIfChanged(); // ...and the same a poll later: in service
            assertEquals("reloaded", catalogService.status().lastResult());
            assertEquals(200, analyze(server, selfie));

            HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(TestServers.metricsUri(server)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scrape.statusCode());
            Map<String, Double> series = parse(scrape.body());
            assertEquals(3.0, series.get("moodbot_webhook_posts_total{outcome=\"ok\"}"), scrape.body());
            assertEquals(1.0, series.get("moodbot_webhook_posts_total{outcome=\"bad_signature\"}"));
            assertTrue(series.get("moodbot_event_latency_seconds_count") >= 3);
            assertEquals(1.0, series.get("moodbot_send_api_calls_total{code=\"2\",outcome=\"retried\"}"),
                    "the fake answers 500 with Graph code 2");
            assertTrue(series.get("moodbot_send_api_calls_total{code=\"none\",outcome=\"ok\"}") >= 5);
            for (String stage : new String[] {"fetch", "decode", "detect", "classify", "recommend"}) {
                assertTrue(series.getOrDefault("moodbot_stage_duration_seconds_count{stage=\"" + stage + "\"}", 0.0) >= 1,
                        stage);
            }
            assertEquals(2.0, series.get("moodbot_photos_total{result=\"face\"}"), "the webhook photo and the upload");
            assertEquals(2.0, series.entrySet().stream().filter(e -> e.getKey().startsWith("moodbot_emotions_detected_total"))
                    .mapToDouble(Map.Entry::getValue).sum());
            assertEquals(1.0, series.get("moodbot_choices_total{kind=\"pick_mood\"}"));
            assertEquals(1.0, series.get("moodbot_mood_corrections_total{chosen=\"sad\",detected=\"happy\"}"));
            assertEquals(1.0, series.get("moodbot_catalog_reloads_total{result=\"reloaded\"}"));
            assertEquals(0.0, series.get("moodbot_dispatch_queued"));
            assertTrue(series.containsKey("moodbot_dispatch_busy_workers"));
            // names and labels only: a sample's value may contain any digits (0.011113...)
            List<String> namesAndLabels = scrape.body().lines().filter(l -> !l.startsWith("#"))
                    .map(l -> l.substring(0, Math.max(0, l.lastIndexOf(' ')))).toList();
            PersonIds ids = server.getApplicationContext().getBean(PersonIds.class);
            for (String person : new String[] {"3333", "1111", "4444"}) {
                assertTrue(namesAndLabels.stream().noneMatch(l -> l.contains(person)), "person id " + person + " in a label");
                assertTrue(namesAndLabels.stream().noneMatch(l -> l.contains(ids.hash(Channel.MESSENGER, person))),
                        "hashed person " + person + " in a label");
            }
        }
    }

    private int post(EmbeddedServer server, byte[] body, boolean signed) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signed) {
            b.header("X-Hub-Signature-256", SIGNER.header(body));
        }
        int status = http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(30, TimeUnit.SECONDS);
        return status;
    }

    private int analyze(EmbeddedServer server, byte[] jpeg) throws Exception {
        return http.send(PhotoUpload.request(URI.create(server.getURL() + "/api/analyze"), jpeg).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@code name{labels} value} lines of the Prometheus text format. */
    private static Map<String, Double> parse(String text) {
        Map<String, Double> series = new HashMap<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                int space = line.lastIndexOf(' ');
                series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return series;
    }
}
