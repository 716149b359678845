package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.TapLinks;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.RedisServer;
import com.moodbot.support.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** With Redis, a tap on one instance teaches every instance: another one's /admin shows it. */
class SharedLearningTest {

    private static final String TOKEN = "tok-shared-4567890abcdef";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aTapOnOneInstanceIsLearnedByTheOther() throws Exception {
        try (RedisServer redis = RedisServer.start(); FakeGraphApi graph = new FakeGraphApi()) {
            Map<String, Object> shared = Map.of("redis.uri", redis.uri(), "moodbot.web.trusted-proxies", "127.0.0.1",
                    "moodbot.admin.token", TOKEN, "moodbot.person-id.key", "shared-key-for-both-instances");
            try (EmbeddedServer a = TestServers.messenger("s", graph, 91, shared);
                 EmbeddedServer b = TestServers.messenger("s", graph, 92, shared)) {
                CatalogItem item = a.getApplicationContext().getBean(CatalogService.class).current().items()
                        .get(Category.FILM).get(0);
                String link = a.getApplicationContext().getBean(TapLinks.class).token(Channel.MESSENGER, Category.FILM, Emotion.SAD, item.id());
                for (String client : new String[] {"203.0.113.5", "198.51.100.8"}) {
                    assertEquals(302, http.send(HttpRequest.newBuilder(URI.create(a.getURL() + "/go/" + link))
                            .header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
                }
                Pattern taps = Pattern.compile("\"item\":\"" + Pattern.quote(item.id()) + "\"[^}]*\"taps\":([0-9.]+)");
                double learned = 0;
                for (long end = System.nanoTime() + 5_000_000_000L; learned < 1.99 && System.nanoTime() < end; ) {
                    String body = http.send(HttpRequest.newBuilder(URI.create(b.getURL() + "/admin/api/learning"))
                            .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body();
                    int sadFilm = body.indexOf("{\"mood\":\"sad\",\"category\":\"film\"");
                    assertTrue(sadFilm >= 0, body);
                    Matcher m = taps.matcher(body.substring(sadFilm));
                    learned = m.find() ? Double.parseDouble(m.group(1)) : 0;
                    Thread.sleep(20);
                }
                assertEquals(2, learned, 0.01, "two clients' taps on instance a, read on instance b");
            }
        }
    }
}
