package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.learning.TapThroughStore;
import com.moodbot.support.TestModels;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /admin/api/learning}: behind the admin gate, what the recommender learned per mood and category. */
class AdminLearningTest {

    private static final String TOKEN = "tok-learning-4567890abcdef";
    private final HttpClient http = HttpClient.newHttpClient();

    private static EmbeddedServer server(Map<String, Object> extra) throws Exception {
        Map<String, Object> props = new HashMap<>(Map.of("micronaut.server.port", -1, "moodbot.model.dir",
                TestModels.random(21).toString(),
                "moodbot.warm-up.enabled", false));
        props.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, props);
    }

    private HttpResponse<String> get(EmbeddedServer server, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + "/admin/api/learning"));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void offWithoutATokenAndClosedWithoutOne() throws Exception {
        try (EmbeddedServer server = server(Map.of())) {
            assertEquals(404, get(server).statusCode());
        }
        try (EmbeddedServer server = server(Map.of("moodbot.admin.token", TOKEN))) {
            assertEquals(401, get(server).statusCode());
            assertEquals(401, get(server, "Authorization", "Bearer wrong-token-1234567890").statusCode());
        }
    }

    @Test
    void theLearnedRankingPerMoodAndCategoryWithItsUncertainty() throws Exception {
        try (EmbeddedServer server = server(Map.of("moodbot.admin.token", TOKEN))) {
            TapThroughStore store = server.getApplicationContext().getBean(TapThroughStore.class);
            for (int i = 0; i < 80; i++) {
                store.shown(Emotion.SAD, Category.FILM, "singin-in-the-rain-1952");
                if (i % 2 == 0) {
                    store.shown(Emotion.SAD, Category.FILM, "amelie-2001");
                }
                if (i % 14 == 0) {
                    store.tapped(Emotion.SAD, Category.FILM, "amelie-2001");
                }
            }
            HttpResponse<String> answer = get(server, "Authorization", "Bearer " + TOKEN);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
            JsonNode rankings = JsonMapper.createDefault().readValue(answer.body(), JsonNode.class);
            assertEquals(7 * 4, rankings.size(), "every mood's four categories");
            JsonNode sadFilm = null;
            for (JsonNode r : rankings.values()) {
                if (r.get("mood").getStringValue().equals("sad") && r.get("category").getStringValue().equals("film")) {
                    sadFilm = r;
                }
            }
            assertTrue(sadFilm.get("learning").getBooleanValue());
            JsonNode top = sadFilm.get("items").get(0);
            assertEquals("amelie-2001", top.get("item").getStringValue(), "6 taps in 40 cards leads");
            assertEquals("leads", top.get("status").getStringValue());
            assertEquals(40, top.get("shows").getDoubleValue(), 0.01);
            assertEquals(6, top.get("taps").getDoubleValue(), 0.01);
            double low = top.get("low").getDoubleValue();
            double high = top.get("high").getDoubleValue();
            assertTrue(low < top.get("tapThrough").getDoubleValue() && top.get("tapThrough").getDoubleValue() < high,
                    "the mean inside its 90% interval: " + top);
            Map<String, String> status = new HashMap<>();
            sadFilm.get("items").values().forEach(i -> status.put(i.get("item").getStringValue(), i.get("status").getStringValue()));
            assertEquals("new", status.get("paddington-2-2017"), "never shown: ranked by its weight alone");
            assertEquals("behind", status.get("singin-in-the-rain-1952"), "80 cards, no tap");
            JsonNode fresh = null;
            for (JsonNode r : rankings.values()) {
                if (r.get("mood").getStringValue().equals("angry") && r.get("category").getStringValue().equals("song")) {
                    fresh = r;
                }
            }
            assertNotNull(fresh, "angry draws songs");
            fresh.get("items").values().forEach(i -> assertEquals("new", i.get("status").getStringValue(),
                    "nothing shown yet: no item leads, " + i));
            List<String> firstMood = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                firstMood.add(rankings.get(i).get("category").getStringValue());
            }
            assertEquals(List.of("film", "song", "food", "place"), firstMood, "categories in the catalog's order");

            String spanish = get(server, "Authorization", "Bearer " + TOKEN, "Accept-Language", "es").body();
            assertTrue(spanish.contains("\"title\":\"Cadena perpetua (1994)\"") && !spanish.contains("Shawshank"),
                    "titles in the page's language");
        }
    }
}
