package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.messenger.EventDispatcher;
import com.moodbot.messenger.Fixtures;
import com.moodbot.messenger.SignatureVerifier;
import com.moodbot.recommend.CardArt;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.TapLinks;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.TestServers;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** With a public URL, cards carry the bot's picture and a tracked button that only leads into the catalogs. */
class CardLinksTest {

    private static final String SECRET = "card-secret";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aCardHasAPictureAndATrackedButtonThatRedirectsToTheItem() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 31, Map.of(
                     "moodbot.public-url", "https://bot.example.com/"))) {
            byte[] body = Fixtures.webhook("quick-reply.json", Map.of("PSID", "c1", "MID", "m_card", "PAYLOAD", "MORE|sad|film"));
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/webhook"))
                    .header("X-Hub-Signature-256", new SignatureVerifier(SECRET).header(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
            assertTrue(server.getApplicationContext().getBean(EventDispatcher.class).awaitIdle(10, TimeUnit.SECONDS));
            JsonNode element = graph.callsTo("c1").stream().filter(c -> c.kind().equals("card")).findFirst()
                    .orElseThrow().element();
            String title = element.get("title").getStringValue();
            CatalogItem item = server.getApplicationContext().getBean(CatalogService.class).current().items()
                    .get(Category.FILM).stream().filter(i -> i.title().english().startsWith(title.replace("…", ""))).findFirst()
                    .orElseThrow();
            String imageUrl = element.get("image_url").getStringValue();
            String expectedImage = item.image().orElse("https://bot.example.com/cards/film/sad.png");
            assertEquals(expectedImage, imageUrl);
            String button = element.get("buttons").get(0).get("url").getStringValue();
            assertTrue(button.startsWith("https://bot.example.com/go/"), button);

            HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/cards/film/sad.png"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, png.statusCode());
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertEquals(CardArt.WIDTH, picture.getWidth());
            assertEquals(CardArt.HEIGHT, picture.getHeight());
            assertEquals(404, get(server, "/cards/film/jolly.png").statusCode());
            HttpResponse<byte[]> spanish = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                    + "/cards/es/film/sad.png")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, spanish.statusCode(), "the same art with Spanish words");
            for (String accept : List.of("image/webp", "*/*", "text/html")) {
                HttpResponse<byte[]> art = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                        + "/cards/es/film/sad.png")).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, art.statusCode(), accept);
                assertEquals("image/png", art.headers().firstValue("Content-Type").orElse(""), accept);
            }
            assertTrue(!java.util.Arrays.equals(png.body(), spanish.body()));
            assertEquals(404, get(server, "/cards/fr/film/sad.png").statusCode());
            assertEquals(404, get(server, "/pictures/..%2Fpolicy.yml").statusCode(), "only image names in images/");
            assertEquals(404, get(server, "/pictures/missing.png").statusCode());

            String token = button.substring(button.lastIndexOf('/') + 1);
            HttpResponse<String> tap = get(server, "/go/" + token);
            assertEquals(302, tap.statusCode());
            assertEquals(item.url().english(), tap.headers().firstValue("Location").orElse(""));
            String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
            assertEquals(404, get(server, "/go/" + forged).statusCode(), "a token nobody signed");
            HttpResponse<String> broken = get(server, "/go/not-a-token");
            assertEquals(404, broken.statusCode());
            assertTrue(broken.body().contains("That suggestion is no longer available.") && broken.body().contains("href=\"/\""),
                    "a person who taps a dead link is told so, with a way on: " + broken.body());
            HttpResponse<String> inSpanish = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/go/not-a-token"))
                    .header("Accept-Language", "es-ES,es;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(inSpanish.body().contains("<html lang=\"es\">") && inSpanish.body().contains("Esa sugerencia ya no está disponible."),
                    inSpanish.body());

            String metrics = http.send(HttpRequest.newBuilder(TestServers.metricsUri(server)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("moodbot_card_taps_total{") && l.contains("category=\"film\"")
                    && l.contains("mood=\"sad\"") && l.contains("item=\"" + item.id() + "\"") && l.endsWith(" 1.0")),
                    metrics.lines().filter(l -> l.startsWith("moodbot_card")).toList().toString());
        }
    }

    @Test
    void aCardShownInSpanishLeadsToTheItemsSpanishLink() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             EmbeddedServer server = TestServers.messenger(SECRET, graph, 32, Map.of())) {
            CatalogItem soup = server.getApplicationContext().getBean(CatalogService.class).current().items()
                    .get(Category.FOOD).stream().filter(i -> i.id().equals("chicken-noodle-soup")).findFirst().orElseThrow();
            String token = server.getApplicationContext().getBean(TapLinks.class)
                    .token(Channel.MESSENGER, Category.FOOD, Emotion.SAD, soup.id());
            assertEquals("/go/es/" + token, TapLinks.path(Language.ES, token));
            assertEquals("/go/" + token, TapLinks.path(Language.EN, token));
            String spanish = get(server, TapLinks.path(Language.ES, token)).headers().firstValue("Location").orElse("");
            String english = get(server, TapLinks.path(Language.EN, token)).headers().firstValue("Location").orElse("");
            assertEquals(soup.url().in(Language.ES), spanish);
            assertEquals(soup.url().english(), english);
            assertTrue(spanish.contains("Receta") && !english.equals(spanish), spanish + " / " + english);
            assertEquals(404, get(server, "/go/fr/" + token).statusCode(), "a language the bot does not speak");
            HttpResponse<String> gone = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/go/es/not-a-token"))
                    .header("Accept-Language", "en-US,en;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, gone.statusCode());
            assertTrue(gone.body().contains("Esa sugerencia ya no está disponible."), "a dead link in Spanish says so in Spanish, "
                    + "whatever the browser asks for: " + gone.body());
            for (String accept : List.of("text/html", "application/xhtml+xml", "text/html,application/xhtml+xml",
                    "application/json")) { // link checkers and in-app browsers that leave out */*
                HttpResponse<String> tap = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                        + TapLinks.path(Language.ES, token))).header("Accept", accept).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(302, tap.statusCode(), accept);
                assertEquals(spanish, tap.headers().firstValue("Location").orElse(""));
                HttpResponse<String> dead = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                        + "/go/es/not-a-token")).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, dead.statusCode(), accept);
                assertTrue(dead.body().contains("Esa sugerencia ya no está disponible."), accept + ": " + dead.body());
            }
        }
    }

    private HttpResponse<String> get(EmbeddedServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
