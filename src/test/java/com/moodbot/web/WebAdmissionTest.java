package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.PipelineFactory;
import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.bench.PhotoUpload;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.TestTimeViews;
import com.moodbot.messenger.EventDispatcher;
import com.moodbot.messenger.Fixtures;
import com.moodbot.messenger.SignatureVerifier;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.FakeImageHost;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.support.TestServers;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.ImageRejectedException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A flood of web uploads is turned away without waiting for an analysis and never holds up a Messenger photo. */
class WebAdmissionTest {

    private static final String SECRET = "flood-secret";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Holds every analysis of one photo until released; other photos are analysed as usual. */
    static final class HeldAnalyzer extends PhotoAnalyzer {
        private final CountDownLatch gate = new CountDownLatch(1);
        private final AtomicInteger held = new AtomicInteger();
        private volatile byte[] photo = new byte[0];

        HeldAnalyzer(FaceFinder finder, EmotionClassifier classifier, MoodbotMetrics metrics) {
            super(finder, classifier, TestTimeViews.CENTRE, metrics);
        }

        @Override
        public PhotoAnalysis analyze(byte[] bytes) throws ImageRejectedException {
            if (Arrays.equals(bytes, photo)) {
                held.incrementAndGet();
                try {
                    gate.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.analyze(bytes);
        }
    }

    @Factory
    @Requires(property = "spec.name", value = "WebAdmissionTest")
    static class HeldAnalysis {
        @Singleton
        @Replaces(value = PhotoAnalyzer.class, factory = PipelineFactory.class)
        HeldAnalyzer analyzer(FaceFinder finder, EmotionClassifier classifier, MoodbotMetrics metrics) {
            return new HeldAnalyzer(finder, classifier, metrics);
        }
    }

    @Test
    void whileBothWebSlotsAreBusyAFloodGets429AndAMessengerPhotoIsStillAnswered() throws Exception {
        byte[] big = noiseJpeg(1600, 1600);
        try (FakeGraphApi graph = new FakeGraphApi();
             FakeImageHost images = new FakeImageHost();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 21, Map.of(
                     "spec.name", "WebAdmissionTest",
                     "moodbot.fetch.allowed-hosts", "127.0.0.1",
                     "moodbot.fetch.allow-http", true,
                     "moodbot.fetch.allow-private-addresses", true,
                     "moodbot.web.per-minute", 100_000,
                     "moodbot.web.burst", 100_000,
                     "moodbot.web.upload-deadline", "10m"))) { // the held uploads wait for the Messenger photo
            HeldAnalyzer analyzer = server.getApplicationContext().getBean(HeldAnalyzer.class);
            analyzer.photo = big;
            int uploads = 300;
            CountDownLatch refusals = new CountDownLatch(uploads - 2);
            List<CompletableFuture<Integer>> flood = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                flood.add(http.sendAsync(upload(server, big), HttpResponse.BodyHandlers.discarding())
                        .thenApply(r -> {
                            if (r.statusCode() == 429) {
                                refusals.countDown();
                            }
                            return r.statusCode();
                        }));
            }
            assertTrue(refusals.await(5, TimeUnit.MINUTES), refusals.getCount() + " uploads not refused yet");
            assertEquals(2, analyzer.held.get(), "every refusal came back while both admitted uploads were "
                    + "still being analysed: none waited for an analysis");

            String url = images.put("/selfie.jpg", noiseJpeg(1200, 900));
            byte[] event = Fixtures.webhook("image.json", Map.of("IMAGE_URL", url, "MID", "m_flood"));
            HttpResponse<String> ack = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                    .header("X-Hub-Signature-256", new SignatureVerifier(SECRET).header(event))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(event)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ack.statusCode());
            assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(5, TimeUnit.MINUTES),
                    "the Messenger photo was answered");
            assertTrue(graph.callsTo("1111").stream().anyMatch(c -> c.kind().equals("text")),
                    "a reply was sent while both web slots were still busy");

            analyzer.gate.countDown();
            int analysed = 0;
            for (CompletableFuture<Integer> f : flood) {
                analysed += f.get(5, TimeUnit.MINUTES) == 200 ? 1 : 0;
            }
            assertEquals(2, analysed, "the two admitted uploads were analysed once released");
            WebAdmission admission = server.getApplicationContext().getBean(WebAdmission.class);
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (admission.free() < 2 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertEquals(2, admission.free(), "every web slot came back");
        }
    }

    @Test
    void anUploadWhoseBodyTricklesPastTheDeadlineGets408AndFreesTheOnlySlot() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 24, Map.of(
                     "moodbot.web.concurrent", 1, "moodbot.web.upload-deadline", "5s"));
             Socket slow = new Socket("127.0.0.1", server.getPort())) {
            String part = "--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n";
            slow.getOutputStream().write(("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n" + part)
                    .getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            slow.getOutputStream().flush();
            slow.setSoTimeout((int) TimeUnit.MINUTES.toMillis(2));
            String status = new BufferedReader(new InputStreamReader(slow.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 408 Request Timeout", status, "answered although its body never came");
            assertEquals(200, send(server, noiseJpeg(64, 64)).statusCode(), "the only web slot is free again");
        }
    }

    @Test
    void anUploadWhoseBodyHasArrivedIsAnsweredHowLongItsAnalysisTakes() throws Exception {
        byte[] small = noiseJpeg(64, 64);
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 25, Map.of("spec.name", "WebAdmissionTest",
                     "moodbot.web.upload-deadline", "5s"))) { // room for the route to start on a loaded machine
            HeldAnalyzer analyzer = server.getApplicationContext().getBean(HeldAnalyzer.class);
            analyzer.photo = small;
            CompletableFuture<HttpResponse<String>> answer = http.sendAsync(upload(server, small),
                    HttpResponse.BodyHandlers.ofString());
            while (analyzer.held.get() == 0 && !answer.isDone()) {
                Thread.sleep(20);
            }
            Thread.sleep(6_000); // the analysis, held, runs past the 5 s deadline: the time is the behaviour here
            analyzer.gate.countDown();
            HttpResponse<String> answered = answer.get(2, TimeUnit.MINUTES);
            assertEquals(200, answered.statusCode(), "the deadline is for the body's arrival: " + answered.body());
        }
    }

    /** A burst of two photos per client, then one a minute; loopback is a trusted proxy. */
    private static EmbeddedServer twoPhotosAMinuteBehindAProxy(FakeGraphApi graph, long seed) throws Exception {
        return TestServers.messenger(SECRET, graph, seed, Map.of("moodbot.web.per-minute", 1, "moodbot.web.burst", 2,
                "moodbot.web.trusted-proxies", "127.0.0.1"));
    }

    @Test
    void eachClientHasItsOwnBucketAndForwardedForCountsOnlyFromATrustedProxy() throws Exception {
        byte[] small = noiseJpeg(64, 64);
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = twoPhotosAMinuteBehindAProxy(graph, 22)) {
            assertEquals(200, send(server, small, "203.0.113.7").statusCode(), "admitted (no face in noise: still 200)");
            assertEquals(200, send(server, small, "203.0.113.7").statusCode());
            HttpResponse<String> third = send(server, small, "203.0.113.7");
            assertEquals(429, third.statusCode(), third.body());
            long retryAfter = Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertEquals(200, send(server, small, "198.51.100.9").statusCode(), "another client behind the proxy");
            assertEquals(200, send(server, small, "10.9.9.9, 198.51.100.10").statusCode(),
                    "the last hop the trusted proxy added is the client");
            for (int i = 0; i < 2; i++) { // as HAProxy sends it: the client's own header line, then the proxy's
                assertEquals(200, send(server, small, "192.0.2." + i, "198.51.100.11").statusCode());
            }
            assertEquals(429, send(server, small, "192.0.2.9", "198.51.100.11").statusCode(),
                    "a line of the client's own making does not make it another client");
        }
    }

    @Test
    void ipv6ClientsShareOneBucketPerSlash64() throws Exception {
        byte[] small = noiseJpeg(64, 64);
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = twoPhotosAMinuteBehindAProxy(graph, 23)) {
            assertEquals(200, send(server, small, "2001:db8:7:1::1").statusCode());
            assertEquals(200, send(server, small, "2001:db8:7:1::2").statusCode());
            HttpResponse<String> third = send(server, small, "2001:db8:7:1:abcd::3");
            assertEquals(429, third.statusCode(), "a third address in the same /64 is the same client: " + third.body());
            assertEquals(200, send(server, small, "2001:db8:7:2::1").statusCode(), "the next /64 is another client");
        }
    }

    /** forwardedFor: the X-Forwarded-For header lines, each as it is sent. */
    private HttpResponse<String> send(EmbeddedServer server, byte[] jpeg, String... forwardedFor) throws Exception {
        return http.send(upload(server, jpeg, forwardedFor), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest upload(EmbeddedServer server, byte[] jpeg, String... forwardedFor) {
        HttpRequest.Builder b = PhotoUpload.request(URI.create(server.getURL() + "/api/analyze"), jpeg);
        for (String line : forwardedFor) {
            b.header("X-Forwarded-For", line);
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
