package com.moodbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.TestModels;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The load bench's client against the real service: when the queue overflows, the refused posts
 * come back as redeliveries and every post still gets exactly one answer.
 */
class WebhookLoadTest {

    @Test
    void anOverflowingQueueLosesNothing() throws Exception {
        int posts = 40;
        int people = 10;
        try (GraphStandIn graph = new GraphStandIn(50);
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                     "micronaut.server.port", -1,
                     "moodbot.messenger.app-secret", "s",
                     "moodbot.messenger.verify-token", "v",
                     "moodbot.messenger.page-access-token", "T",
                     "moodbot.messenger.graph-url", graph.url(),
                     "moodbot.model.dir", TestModels.writeRandom(Files.createTempDirectory("model"), 3).toString(),
                     "moodbot.dispatch.workers", 4,
                     "moodbot.dispatch.queue-capacity", 10));
             WebhookLoad load = new WebhookLoad(URI.create(server.getURL() + "/webhook"), "s", people, 4)) {
            WebhookLoad.Result result = load.run("m", posts, 200);
            long end = System.currentTimeMillis() + 20_000;
            while (graph.total() < 2 * posts && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
            assertTrue(result.refused() > 0, "four slow workers and a queue of 10 must refuse some of a 0.2 s burst");
            assertEquals(0, result.failed());
            assertEquals(posts, graph.actions(), "one mark_seen per post");
            for (int p = 0; p < people; p++) {
                assertEquals(posts / people, graph.messagesTo(WebhookLoad.sender(p, people)), "texts to person " + p);
            }
        }
    }
}
