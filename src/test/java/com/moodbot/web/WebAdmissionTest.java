package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.PhotoUpload;
import com.moodbot.messenger.EventDispatcher;
import com.moodbot.messenger.Fixtures;
import com.moodbot.messenger.SignatureVerifier;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.FakeImageHost;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A flood of web uploads is turned away fast and never holds up a Messenger photo. */
class WebAdmissionTest {

    private static final String SECRET = "flood-secret";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aFloodOfUploadsGets429FastWhileAMessengerPhotoIsStillAnswered() throws Exception {
        byte[] big = noiseJpeg(1600, 1600);
        try (FakeGraphApi graph = new FakeGraphApi();
             FakeImageHost images = new FakeImageHost();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 21, Map.of(
                     "moodbot.fetch.allowed-hosts", "127.0.0.1",
                     "moodbot.fetch.allow-http", true,
                     "moodbot.fetch.allow-private-addresses", true,
                     "moodbot.web.per-minute", 100_000,
                     "moodbot.web.burst", 100_000))) {
            List<CompletableFuture<long[]>> uploads = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                long t0 = System.nanoTime();
                uploads.add(http.sendAsync(upload(server, big, null), HttpResponse.BodyHandlers.discarding())
                        .thenApply(r -> new long[] {r.statusCode(), (System.nanoTime() - t0) / 1_000_000}));
            }
            String url = images.put("/selfie.jpg", big);
            byte[] event = Fixtures.webhook("image.json", Map.of("IMAGE_URL", url, "MID", "m_flood"));
            long t0 = System.nanoTime();
            HttpResponse<String> ack = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                    .header("X-Hub-Signature-256", new SignatureVerifier(SECRET).header(event))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(event)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ack.statusCode());
            assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(5, TimeUnit.SECONDS),
                    "the Messenger photo was answered within 5 s of the flood");
            long messengerMs = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(graph.callsTo("1111").stream().anyMatch(c -> c.kind().equals("text")), "a reply was sent");

            int ok = 0;
            int refused = 0;
            long slowestRefusal = 0;
            long slowestOk = 0;
            for (CompletableFuture<long[]> f : uploads) {
                long[] r = f.get(60, TimeUnit.SECONDS);
                if (r[0] == 429) {
                    refused++;
                    slowestRefusal = Math.max(slowestRefusal, r[1]);
                } else {
                    ok++;
                    slowestOk = Math.max(slowestOk, r[1]);
                }
            }
            assertTrue(refused > 0 && ok >= 2, ok + " analysed, " + refused + " refused");
            System.out.printf("flood: %d analysed (slowest %d ms), %d refused (slowest 429 %d ms), Messenger photo "
                    + "answered in %d ms%n", ok, slowestOk, refused, slowestRefusal, messengerMs);
            // a refusal must not wait for an analysis of this photo; 2 s leaves room for a 2-core machine under load
            assertTrue(slowestRefusal < 2000, "a 429 came back " + slowestRefusal + " ms after its upload was sent"
                    + " (Messenger answered in " + messengerMs + " ms)");
            WebAdmission admission = server.getApplicationContext().getBean(WebAdmission.class);
            for (int i = 0; i < 100 && admission.free() < 2; i++) {
                Thread.sleep(20);
            }
            assertEquals(2, admission.free(), "every web slot came back");
        }
    }

    @Test
    void eachClientHasItsOwnBucketAndForwardedForCountsOnlyFromATrustedProxy() throws Exception {
        byte[] small = noiseJpeg(64, 64);
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 22, Map.of(
                     "moodbot.web.per-minute", 1, "moodbot.web.burst", 2,
                     "moodbot.web.trusted-proxies", "127.0.0.1"))) {
            assertEquals(200, send(server, small, "203.0.113.7").statusCode(), "admitted (no face in noise: still 200)");
            assertEquals(200, send(server, small, "203.0.113.7").statusCode());
            HttpResponse<String> third = send(server, small, "203.0.113.7");
            assertEquals(429, third.statusCode(), third.body());
            long retryAfter = Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertEquals(200, send(server, small, "198.51.100.9").statusCode(), "another client behind the proxy");
            assertEquals(200, send(server, small, "10.9.9.9, 198.51.100.10").statusCode(),
                    "the last hop the trusted proxy added is the client");
        }
    }

    private HttpResponse<String> send(EmbeddedServer server, byte[] jpeg, String forwardedFor) throws Exception {
        return http.send(upload(server, jpeg, forwardedFor), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest upload(EmbeddedServer server, byte[] jpeg, String forwardedFor) {
        HttpRequest.Builder b = PhotoUpload.request(URI.create(server.getURL() + "/api/analyze"), jpeg);
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return b.build();
    }

    private static byte[] noiseJpeg(int width, int height) throws Exception {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }
}
