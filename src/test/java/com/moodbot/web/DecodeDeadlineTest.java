package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.PhotoUpload;
import com.moodbot.messenger.EventDispatcher;
import com.moodbot.messenger.Fixtures;
import com.moodbot.messenger.SignatureVerifier;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.FakeImageHost;
import com.moodbot.support.MagicReaderSpi;
import com.moodbot.support.SquareImageReader;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageReadParam;
import javax.imageio.spi.ImageReaderSpi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A photo whose decoder runs past the decode deadline is stopped and gets the kind "could not open
 * it" reply, and its slot is free for the next photo: on the web channel (one slot) and on Messenger
 * (one photo slot). The decoder here stalls until it is aborted (or 30 s, when nothing aborts it).
 */
class DecodeDeadlineTest {

    private static final String SECRET = "deadline-secret";
    private static final Map<String, Object> ONE_SLOT_EACH = Map.of("moodbot.vision.decode-deadline", "200ms",
            "moodbot.web.concurrent", 1, "moodbot.photo.slots", 1,
            "moodbot.fetch.allowed-hosts", "127.0.0.1", "moodbot.fetch.allow-http", true,
            "moodbot.fetch.allow-private-addresses", true);
    private final MagicReaderSpi stalling = new MagicReaderSpi("BMSTAL", "a reader that stalls until aborted",
            StallingReader::new);
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void stallingReaderFirst() {
        stalling.registerFirst();
    }

    @AfterEach
    void stallingReaderGone() {
        stalling.deregister();
    }

    @Test
    void aWebUploadPastItsDeadlineGetsTheKindReplyAndFreesTheSlot() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 71, ONE_SLOT_EACH)) {
            WebAdmission admission = server.getApplicationContext().getBean(WebAdmission.class);
            for (int upload = 1; upload <= 2; upload++) {
                // the slot is given back as the answer goes out, so the client may hear before it is free; the
                // stalled decoder itself holds on for 30 s, so a slot kept until it ends would fail here
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (admission.free() < 1 && System.nanoTime() < end) {
                    Thread.sleep(5);
                }
                assertEquals(1, admission.free(), "the slot is free at the deadline, before upload " + upload);
                HttpResponse<String> answer = http.send(PhotoUpload.request(URI.create(server.getURL() + "/api/analyze"),
                        stalling.file()).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(422, answer.statusCode(), "upload " + upload + " (a 429 would mean the slot was kept): "
                        + answer.body());
                assertTrue(answer.body().contains("\"corrupt\""), answer.body());
                assertTrue(answer.body().contains("couldn't open it"), answer.body());
            }
        }
    }

    @Test
    void aMessengerPhotoPastItsDeadlineGetsTheKindReplyAndFreesThePhotoSlot() throws Exception {
        SignatureVerifier signer = new SignatureVerifier(SECRET);
        try (FakeGraphApi graph = new FakeGraphApi(); FakeImageHost images = new FakeImageHost();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 72, ONE_SLOT_EACH)) {
            String url = images.put("/stall.bmp", stalling.file());
            for (String mid : List.of("m_first", "m_second")) {
                byte[] body = Fixtures.webhook("image.json", Map.of("IMAGE_URL", url, "MID", mid));
                HttpRequest post = HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                        .header("Content-Type", "application/json").header("X-Hub-Signature-256", signer.header(body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                assertEquals(200, http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(60, TimeUnit.SECONDS));
            List<String> texts = graph.callsTo("1111").stream().map(FakeGraphApi.Call::text)
                    .filter(t -> t != null && t.contains("couldn't open it")).toList();
            assertEquals(2, texts.size(), "both photos answered kindly, one after the other on the one photo slot: "
                    + graph.callsTo("1111").stream().map(FakeGraphApi.Call::text).toList());
        }
    }

    /** Claimed by {@code stalling}: decodes nothing until it is aborted. */
    static final class StallingReader extends SquareImageReader {
        private final CountDownLatch aborted = new CountDownLatch(1);

        StallingReader(ImageReaderSpi spi) {
            super(spi);
        }

        @Override
        public void abort() {
            super.abort();
            aborted.countDown();
        }

        @Override
        public BufferedImage read(int imageIndex, ImageReadParam param) throws IOException {
            clearAbortRequest();
            processImageStarted(imageIndex);
            try {
                aborted.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            processReadAborted();
            return new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR);
        }
    }
}
