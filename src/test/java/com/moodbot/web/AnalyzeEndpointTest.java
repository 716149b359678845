package com.moodbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.conversation.MoodCorrections;
import com.moodbot.conversation.Payload;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.EmbeddedDefaultServer;
import com.moodbot.web.problem.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


/** The embedded default: no Facebook credentials, /api/analyze works and the webhook answers 503. */
class AnalyzeEndpointTest {

    @RegisterExtension
    static final EmbeddedDefaultServer SERVER = new EmbeddedDefaultServer();

    static HttpResponse<PhotoAnswer> upload(byte[] bytes, String name) {
        return upload(bytes, name, "en");
    }

    static HttpResponse<PhotoAnswer> upload(byte[] bytes, String name, String language) {
        MultipartBody body = MultipartBody.builder().addPart("image", name, MediaType.IMAGE_JPEG_TYPE, bytes).build();
        return SERVER.client().toBlocking().exchange(HttpRequest.POST("/api/analyze", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Accept-Language", language), PhotoAnswer.class);
    }

    private static String location(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(SERVER.url() + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse("");
    }

    @Test
    void aFoodCardInSpanishLeadsToItsSpanishLink() throws Exception {
        String replies = SERVER.client().toBlocking().retrieve(HttpRequest.POST("/api/choice",
                Map.of("payload", new Payload.More(Emotion.SAD, Category.FOOD, false, false).encode()))
                .header("X-Moodbot-Session", "tab-es").header("Accept-Language", "es-ES,es;q=0.9"));
        io.micronaut.json.tree.JsonNode card = SERVER.context().getBean(io.micronaut.json.JsonMapper.class)
                .readValue(replies, io.micronaut.json.tree.JsonNode.class).get("replies").get(0);
        assertEquals("card", card.get("type").getStringValue(), replies);
        String tap = card.get("buttonUrl").getStringValue();
        assertTrue(tap.startsWith("/go/es/"), tap);
        CatalogItem item = SERVER.context().getBean(CatalogService.class).current().items().get(Category.FOOD).stream()
                .filter(i -> i.title().in(Language.ES).equals(card.get("title").getStringValue())).findFirst().orElseThrow();
        assertEquals(item.url().in(Language.ES), location(tap));
        assertNotEquals(item.url().english(), item.url().in(Language.ES), "the shipped food links are per language");
    }

    /** The web page has no text box: a kind's button is its way to a card without a photo. */
    @Test
    void aKindsButtonOffersTheMoodsAndAMoodTheCard() throws Exception {
        io.micronaut.json.JsonMapper json = SERVER.context().getBean(io.micronaut.json.JsonMapper.class);
        io.micronaut.json.tree.JsonNode moods = json.readValue(SERVER.client().toBlocking().retrieve(HttpRequest.POST(
                "/api/choice", Map.of("payload", "BROWSE|song")).header("X-Moodbot-Session", "tab-browse")),
                io.micronaut.json.tree.JsonNode.class).get("replies").get(0);
        assertEquals("Sure, a song! For which mood? Pick one, or send me a selfie and I'll read yours.",
                moods.get("text").getStringValue());
        String calm = moods.get("quickReplies").get(2).get("payload").getStringValue();
        assertEquals("BROWSE|song|neutral", calm);
        io.micronaut.json.tree.JsonNode replies = json.readValue(SERVER.client().toBlocking().retrieve(HttpRequest.POST(
                "/api/choice", Map.of("payload", calm)).header("X-Moodbot-Session", "tab-browse")),
                io.micronaut.json.tree.JsonNode.class).get("replies");
        assertTrue(replies.get(0).get("text").getStringValue().startsWith("A song for when you feel calm."),
                replies.get(0).get("text").getStringValue());
        io.micronaut.json.tree.JsonNode card = replies.get(1);
        assertEquals("card", card.get("type").getStringValue());
        assertEquals("Listen", card.get("buttonTitle").getStringValue());
    }

    @Test
    void webPicksAreNotCountedAsCorrections() {
        MoodCorrections corrections = SERVER.context().getBean(MoodCorrections.class);
        Map<String, Long> before = corrections.snapshot();
        String replies = SERVER.client().toBlocking().retrieve(HttpRequest.POST("/api/choice",
                Map.of("payload", new Payload.PickMood(Emotion.SAD, Emotion.HAPPY, false, Optional.empty()).encode()))
                .header("X-Moodbot-Session", "tab-1"));
        assertTrue(replies.contains("card"), replies);
        assertEquals(before, corrections.snapshot(), "anyone can post to the web page: no correction counted");
    }

    @Test
    void webhookAnswers503UntilConfigured() {
        HttpClientResponseException e = Assertions.assertThrows(HttpClientResponseException.class,
                () -> SERVER.client().toBlocking().exchange(HttpRequest.POST("/webhook", "{}"), String.class));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("MOODBOT_MESSENGER_APP_SECRET"));
    }

    @Test
    void analyzeReturnsFacesProbabilitiesAndReplies() throws Exception {
        Required.fer2013("for the fixture photo");
        byte[] jpeg = Photos.jpeg(Photos.canvas(800, 600, List.of(Photos.detectableFaces().get(1)), new int[][] {{250, 120, 320}}));
        PhotoAnswer view = upload(jpeg, "selfie.jpg").body();
        assertEquals(1, view.faces().size());
        assertEquals(800, view.width());
        PhotoAnswer.Face face = view.faces().get(0);
        assertEquals(7, face.probabilities().size());
        assertEquals(1.0, face.probabilities().values().stream().mapToDouble(Float::doubleValue).sum(), 1e-3);
        assertTrue(face.x() > 200 && face.x() < 330, "face box x " + face.x());
        assertEquals("text", view.replies().get(0).type());
        assertEquals("card", view.replies().get(1).type());
        assertEquals(view.replies().get(1).title(), view.recommendation().title());
        CatalogService catalogs = SERVER.context().getBean(CatalogService.class);
        assertTrue(catalogs.current().items().entrySet().stream().anyMatch(e -> e.getKey().label().equals(view.recommendation().category())
                && e.getValue().stream().anyMatch(i -> i.id().equals(view.recommendation().id()))),
                "the card's category and item id, as predict --json names them: " + view.recommendation());
        String tap = view.replies().get(1).buttonUrl();
        assertTrue(tap.startsWith("/go/"), "the web page's button is tracked, even without a public URL: " + tap);
        java.net.http.HttpResponse<Void> redirect = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(SERVER.url() + tap)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(302, redirect.statusCode(), "redirects are not followed by this client");
        assertEquals(view.recommendation().url(), redirect.headers().firstValue("Location").orElse(""));

        PhotoAnswer spanish = upload(jpeg, "selfie.jpg", "es").body();
        String spanishTap = spanish.replies().get(1).buttonUrl();
        assertTrue(spanishTap.startsWith("/go/es/"), spanishTap);
        assertEquals(location(spanishTap), spanish.recommendation().url(), "the link the answer names is the button's");
        assertEquals(catalogs.current().items().values().stream().flatMap(List::stream)
                .filter(i -> i.id().equals(spanish.recommendation().id())).findFirst().orElseThrow().url().in(Language.ES),
                spanish.recommendation().url());
    }

    @Test
    void notAnImageGetsAKindAnswer() {
        HttpClientResponseException e = Assertions.assertThrows(HttpClientResponseException.class,
                () -> upload("<html>hi</html>".getBytes(StandardCharsets.UTF_8), "page.jpg"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        Problem problem = e.getResponse().getBody(Problem.class).orElseThrow();
        assertEquals("unsupported_format", problem.code());
        assertTrue(problem.message().startsWith("I couldn't open that as a photo"), problem.message());
    }
}
