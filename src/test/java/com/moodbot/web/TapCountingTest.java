package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.TapLinks;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Taps are counted once per token per client per hour, and quick-reply choices are under the web limits. */
class TapCountingTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private int get(EmbeddedServer server, String path, String client) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("X-Forwarded-For", client)
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aTokenTappedAgainByTheSameClientCountsOnce() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger("s", graph, 81, Map.of(
                     "moodbot.web.trusted-proxies", "127.0.0.1"))) {
            CatalogItem item = server.getApplicationContext().getBean(CatalogService.class).current().items()
                    .get(Category.FILM).get(0);
            String token = server.getApplicationContext().getBean(TapLinks.class).token(Channel.MESSENGER, Category.FILM, Emotion.SAD,
                    item.id());
            for (int i = 0; i < 5; i++) {
                assertEquals(302, get(server, "/go/" + token, "203.0.113.5"), "every tap still leads to the item");
            }
            assertEquals(302, get(server, "/go/" + token, "198.51.100.8"));
            assertEquals(302, http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/go/" + token))
                    .header("X-Forwarded-For", "192.0.2.44").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "a link checker's HEAD leads there too");
            double counted = server.getApplicationContext().getBean(MeterRegistry.class).get("moodbot.card.taps")
                    .tag("item", item.id()).counter().count();
            assertEquals(2.0, counted, "once per client, and a HEAD (a link checker, not a person) not at all");
        }
    }

    @Test
    void choicesFromOneClientAreUnderTheWebLimits() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger("s", graph, 82, Map.of(
                     "moodbot.web.per-minute", 1, "moodbot.web.burst", 3, "moodbot.web.trusted-proxies", "127.0.0.1"))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                statuses.add(http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/choice"))
                        .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.6")
                        .header("X-Moodbot-Session", "tab-1")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"payload\":\"MORE|sad|film\"}")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            assertEquals(List.of(200, 200, 200, 429, 429), statuses);
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/choice"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.9")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"payload\":\"HELP\"}")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "another client");
        }
    }
}
