package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.MessengerServer;
import com.moodbot.support.Photos;
import com.moodbot.support.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two photos in one message through the signed webhook: the first photo's answer reaches the person before the
 * second photo is downloaded, with {@code typing_on} again in between, so a slow second download cannot hold it.
 */
class SeveralPhotosWebhookTest {

    @RegisterExtension
    static final MessengerServer BOT = new MessengerServer(TestServers.merged(TestServers.LOOPBACK_PHOTOS,
            Map.of("moodbot.warm-up.enabled", false)));

    static final byte[] WALL = Photos.jpeg(Photos.canvas(800, 600, List.of(), new int[0][]));

    @Test
    void eachPhotoIsAnsweredBeforeTheNextIsDownloaded() throws Exception {
        String first = BOT.images().put("/wall-1.jpg", WALL);
        AtomicBoolean firstAnsweredBefore = new AtomicBoolean();
        String second = BOT.images().handle("/wall-2.jpg", exchange -> {
            try {
                firstAnsweredBefore.set(BOT.graph().await(call -> "2222".equals(call.recipient())
                        && call.text() != null, 1, Duration.ofSeconds(10)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, WALL.length);
            exchange.getResponseBody().write(WALL);
            exchange.close();
        });

        assertEquals(200, BOT.postSigned(Fixtures.webhook("two-images.json",
                Map.of("PSID", "2222", "MID", "m_two", "IMAGE_URL", first, "IMAGE_URL_2", second))).statusCode());

        assertTrue(firstAnsweredBefore.get(), "photo 1's answer was sent before photo 2 was downloaded");
        List<FakeGraphApi.Call> calls = BOT.graph().callsTo("2222");
        assertEquals(List.of("mark_seen", "typing_on", "text", "typing_on", "text"), FakeGraphApi.kinds(calls),
                "typing again while the second photo is read, and not after the last answer");
        assertTrue(calls.get(2).text().startsWith("Photo 1:\nI couldn't find a face"), calls.get(2).text());
        assertTrue(calls.get(4).text().startsWith("Photo 2:\nI couldn't find a face"), calls.get(4).text());
    }
}
