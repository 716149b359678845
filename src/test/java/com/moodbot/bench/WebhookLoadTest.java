package com.moodbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The load bench's client against the real service: when the queue overflows, the refused posts
 * come back as redeliveries and every post still gets exactly one answer.
 */
class WebhookLoadTest {

    @Test
    void anOverflowingQueueLosesNothing() throws Exception {
        // each post takes a worker 100 ms (two Graph calls): 120 posts overflow 4 workers and a queue of 10
        // even when the posts themselves arrive slowly on a loaded machine
        int posts = 120;
        int people = 10;
        try (FakeGraphApi graph = new FakeGraphApi(50);
             EmbeddedServer server = TestServers.messenger("s", graph.url(), 3, Map.of(
                     "moodbot.dispatch.workers", 4,
                     "moodbot.dispatch.queue-capacity", 10));
             WebhookLoad load = new WebhookLoad(URI.create(server.getURL() + "/webhook"), "s", people, 4)) {
            WebhookLoad.Result result = load.run("m", posts, 200);
            graph.awaitCalls(2 * posts, Duration.ofSeconds(60));
            assertTrue(result.refused() > 0, "four slow workers and a queue of 10 must refuse some of a burst");
            assertEquals(0, result.failed());
            assertEquals(posts, graph.actions(), "one mark_seen per post");
            for (int p = 0; p < people; p++) {
                assertEquals(posts / people, graph.messagesTo(WebhookLoad.sender(p, people)), "texts to person " + p);
            }
        }
    }
}
