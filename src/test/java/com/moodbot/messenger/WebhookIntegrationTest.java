package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.conversation.PersonIds;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.ChannelHistories;
import com.moodbot.recommend.Recommender;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.MessengerServer;
import com.moodbot.support.TestServers;
import com.moodbot.support.Webhooks;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real server on a random port, signed webhook payloads of Facebook's shapes, a fake Graph API
 * recording every Send API call, and a fake image host serving photos made from FER2013 faces.
 */
class WebhookIntegrationTest {

    static HttpClient http = HttpClient.newHttpClient();

    @RegisterExtension
    static final MessengerServer BOT = new MessengerServer(TestServers.merged(TestServers.LOOPBACK_PHOTOS, Map.of(
            "moodbot.messenger.verify-token", "verify-me",
            "moodbot.messenger.page-access-token", "PAGE_TOKEN",
            "moodbot.admin.token", "admin-secret-0123456789",
            "moodbot.public-url", "https://bot.example.com/")));

    static HttpResponse<String> post(byte[] body, String signature) throws Exception {
        return Webhooks.post(BOT.server(), body, signature);
    }

    static HttpResponse<String> postSigned(byte[] body) throws Exception {
        return BOT.postSigned(body);
    }

    static List<String> kinds(List<FakeGraphApi.Call> calls) {
        return calls.stream().map(FakeGraphApi.Call::kind).toList();
    }

    @Test
    void adminStatusNeedsTheTokenAndReportsCounts() throws Exception {
        URI uri = URI.create(BOT.server().getURL() + "/admin/status");
        assertEquals(401, http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer nope").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer admin-secret-0123456789").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        var status = JsonMapper.createDefault().readValue(ok.body(), JsonNode.class);
        assertEquals(19, status.get("catalog").get("counts").get("film").get("happy").getNumberValue().intValue());
        assertEquals("loaded", status.get("catalog").get("lastResult").getStringValue());
    }

    @Test
    void dataDeletionCallbackErasesHistoryOnlyWithAValidSignedRequest() throws Exception {
        var history = BOT.server().getApplicationContext().getBean(ChannelHistories.class).messenger();
        String person = BOT.server().getApplicationContext().getBean(PersonIds.class).hash(Channel.MESSENGER, "4242");
        history.markSeen(person, "film:sad", "paddington-2-2017");
        URI uri = URI.create(BOT.server().getURL() + "/privacy/deletion");
        String forged = SignedRequest.sign("{\"algorithm\":\"HMAC-SHA256\",\"user_id\":\"4242\"}", "not-the-secret");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signed_request=" + forged)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode());
        assertEquals(1, history.seen(person, "film:sad").size());

        long now = System.currentTimeMillis() / 1000;
        String replayed = SignedRequest.sign("{\"algorithm\":\"HMAC-SHA256\",\"user_id\":\"4242\",\"issued_at\":"
                + (now - 2 * 3600) + "}", MessengerServer.SECRET);
        assertEquals(403, postDeletion(uri, replayed, "evil.example").statusCode(), "signed two hours ago: a replay");
        assertEquals(1, history.seen(person, "film:sad").size());

        String genuine = SignedRequest.sign("{\"algorithm\":\"HMAC-SHA256\",\"user_id\":\"4242\",\"issued_at\":"
                + now + "}", MessengerServer.SECRET);
        HttpResponse<String> ok = postDeletion(uri, genuine, "evil.example");
        assertEquals(200, ok.statusCode());
        var answer = JsonMapper.createDefault().readValue(ok.body(), JsonNode.class);
        String code = answer.get("confirmation_code").getStringValue();
        assertEquals("https://bot.example.com/privacy/deletion/" + code, answer.get("url").getStringValue(),
                "the status URL comes from MOODBOT_PUBLIC_URL, never from the client's Host header");
        assertEquals(0, history.seen(person, "film:sad").size());

        HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(uri + "/" + code)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"erased 1 recommendation history list\""), status.body());
        String forgedCode = code.substring(0, 16) + (code.charAt(16) == '0' ? '1' : '0') + code.substring(17);
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(uri + "/" + forgedCode)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a code this service never issued");
    }

    private static HttpResponse<String> postDeletion(URI uri, String signedRequest, String host) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-Host", host)
                .POST(HttpRequest.BodyPublishers.ofString("signed_request=" + signedRequest)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void verificationHandshake() throws Exception {
        String base = BOT.server().getURL() + "/webhook?hub.mode=subscribe&hub.challenge=CHALLENGE_123&hub.verify_token=";
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(base + "verify-me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        assertEquals("CHALLENGE_123", ok.body());
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(base + "nope")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, wrong.statusCode());
    }

    @Test
    void photoGetsSeenTypingMoodAndCard() throws Exception {
        Required.fer2013("for the fixture photo");
        byte[] jpeg = Photos.jpeg(Photos.canvas(1080, 1440, List.of(Photos.detectableFaces().get(0)), new int[][] {{290, 400, 500}}));
        String url = BOT.images().put("/selfie.jpg", jpeg);
        FacePrediction expected = BOT.server().getApplicationContext().getBean(PhotoAnalyzer.class).analyze(jpeg).main().orElseThrow();
        Recommender recommender = BOT.server().getApplicationContext().getBean(Recommender.class);

        assertEquals(200, postSigned(Fixtures.webhook("image.json", Map.of("IMAGE_URL", url, "MID", "m_selfie"))).statusCode());

        List<FakeGraphApi.Call> calls = BOT.graph().callsTo("1111");
        assertEquals(List.of("mark_seen", "typing_on", "text", "card"), kinds(calls));
        calls.forEach(c -> {
            assertEquals("/v25.0/me/messages", c.path());
            assertEquals(null, c.query(), "no token in the URL");
            assertEquals("Bearer PAGE_TOKEN", c.authorization());
        });
        assertEquals("RESPONSE", calls.get(2).body().get("messaging_type").getStringValue());
        String text = calls.get(2).text();
        assertTrue(text.contains(recommender.moodLine(expected.emotion()).english()), text);
        assertTrue(text.contains(Math.round(expected.confidence() * 100) + "% sure). "), "the confidence goes with the mood: " + text);
        Category category = recommender.firstCategory(expected.emotion());
        String title = calls.get(3).element().get("title").getStringValue();
        assertTrue(BOT.server().getApplicationContext().getBean(CatalogService.class).current()
                .candidates(category, List.of(expected.emotion())).stream().anyMatch(i -> i.title().english().equals(title)), title);
        assertEquals("web_url", calls.get(3).element().get("buttons").get(0).get("type").getStringValue());
        List<String> quick = calls.get(3).quickReplyPayloads();
        assertEquals("MORE|" + expected.emotion().label() + "|" + category.label(), quick.get(0));
        assertEquals("WRONG|" + expected.emotion().label() + "|" + category.label(), quick.get(quick.size() - 1));
    }

    @Test
    void aPersonWhoPicksEspanolGetsEveryLaterReplyCardAndQuickReplyInSpanish() throws Exception {
        Required.fer2013("for the fixture photo");
        postSigned(Fixtures.webhook("quick-reply.json", Map.of("PSID", "3400", "MID", "m_es1", "PAYLOAD", "LANGUAGE")));
        FakeGraphApi.Call menu = BOT.graph().callsTo("3400").get(1);
        assertEquals(List.of("LANG|en", "LANG|es"), menu.quickReplyPayloads());
        postSigned(Fixtures.webhook("quick-reply.json", Map.of("PSID", "3400", "MID", "m_es2", "PAYLOAD", "LANG|es")));
        assertTrue(BOT.graph().callsTo("3400").get(3).text().startsWith("Vale, a partir de ahora te hablo en español"));

        byte[] jpeg = Photos.jpeg(Photos.canvas(1080, 1440, List.of(Photos.detectableFaces().get(0)), new int[][] {{290, 400, 500}}));
        String url = BOT.images().put("/selfie-es.jpg", jpeg);
        FacePrediction expected = BOT.server().getApplicationContext().getBean(PhotoAnalyzer.class).analyze(jpeg).main().orElseThrow();
        Recommender recommender = BOT.server().getApplicationContext().getBean(Recommender.class);
        BOT.graph().clear();
        postSigned(Fixtures.webhook("image-from.json", Map.of("PSID", "3400", "IMAGE_URL", url, "MID", "m_es3")));
        List<FakeGraphApi.Call> calls = BOT.graph().callsTo("3400");
        assertEquals(List.of("mark_seen", "typing_on", "text", "card"), kinds(calls));
        String text = calls.get(2).text();
        assertTrue(text.contains(recommender.moodLine(expected.emotion()).in(Language.ES)), text);
        assertTrue(text.contains("(con un " + Math.round(expected.confidence() * 100) + "\u00A0% de seguridad)"), text);
        JsonNode card = calls.get(3).element();
        String subtitle = card.get("subtitle").getStringValue();
        assertTrue(BOT.server().getApplicationContext().getBean(CatalogService.class).current()
                .candidates(recommender.firstCategory(expected.emotion()), List.of(expected.emotion())).stream()
                .anyMatch(i -> i.description().in(Language.ES).startsWith(subtitle.replace("…", ""))), subtitle);
        assertTrue(card.get("buttons").get(0).get("title").getStringValue().startsWith("Buscar")
                || card.get("buttons").get(0).get("title").getStringValue().equals("Escuchar"));
        List<String> quick = java.util.stream.StreamSupport.stream(
                calls.get(3).body().get("message").get("quick_replies").values().spliterator(), false)
                .map(q -> q.get("title").getStringValue()).toList();
        assertEquals("🔁 Otra idea", quick.get(0));
        assertEquals("🤔 No me siento así", quick.get(quick.size() - 1));

        BOT.graph().clear();
        postSigned(Fixtures.webhook("text-from.json", Map.of("PSID", "3400", "MID", "m_es4", "TEXT", "hola")));
        assertTrue(BOT.graph().callsTo("3400").get(1).text().startsWith("¡Hola, soy moodbot!"));
    }

    @Test
    void photoWithoutAFaceSaysSo() throws Exception {
        String url = BOT.images().put("/wall.jpg", Photos.jpeg(Photos.canvas(800, 600, List.of(), new int[0][])));
        postSigned(Fixtures.webhook("image.json", Map.of("IMAGE_URL", url, "MID", "m_wall")));
        List<FakeGraphApi.Call> calls = BOT.graph().callsTo("1111");
        assertEquals(List.of("mark_seen", "typing_on", "text"), kinds(calls));
        assertTrue(calls.get(2).text().startsWith("I couldn't find a face"), calls.get(2).text());
    }

    @Test
    void imageFromAHostOffTheAllowListIsNeverFetched() throws Exception {
        postSigned(Fixtures.webhook("image.json", Map.of("IMAGE_URL", "http://localhost:1/evil.jpg", "MID", "m_evil")));
        List<FakeGraphApi.Call> calls = BOT.graph().callsTo("1111");
        assertEquals(List.of("mark_seen", "typing_on", "text"), kinds(calls));
        assertEquals("I couldn't download that photo. Could you send it again?", calls.get(2).text());
    }

    @Test
    void stickerAndTextGetAHint() throws Exception {
        postSigned(Fixtures.webhook("sticker.json"));
        postSigned(Fixtures.webhook("text.json"));
        assertEquals(List.of("mark_seen", "text"), kinds(BOT.graph().callsTo("2222")));
        assertTrue(BOT.graph().callsTo("2222").get(1).text().startsWith("Thanks! Whenever you like"));
        assertEquals(List.of("mark_seen", "text"), kinds(BOT.graph().callsTo("3333")));
        assertTrue(BOT.graph().callsTo("3333").get(1).text().startsWith("Hi, I'm moodbot! Send me a selfie"),
                "\"hello there\" is greeted");
    }

    @Test
    void echoesDeliveriesAndReadsGetNothing() throws Exception {
        assertEquals(200, postSigned(Fixtures.webhook("echo-delivery-read.json")).statusCode());
        assertEquals(List.of(), BOT.graph().calls());
    }

    @Test
    void severalEntriesAndItemsAreAllAnsweredInOrderPerPerson() throws Exception {
        postSigned(Fixtures.webhook("several.json"));
        List<FakeGraphApi.Call> first = BOT.graph().callsTo("5555");
        assertEquals(List.of("mark_seen", "text", "mark_seen", "text"), kinds(first));
        assertTrue(first.get(1).text().contains("send me a selfie"));
        assertTrue(first.get(3).text().startsWith("Hi, I'm moodbot!"));
        assertEquals(List.of("mark_seen", "text"), kinds(BOT.graph().callsTo("6666")));
    }

    @Test
    void redeliveryIsAnsweredOnce() throws Exception {
        byte[] body = Fixtures.webhook("quick-reply.json", Map.of("PSID", "8888", "MID", "m_redeliver", "PAYLOAD", "HELP"));
        postSigned(body);
        postSigned(body);
        assertEquals(List.of("mark_seen", "text"), kinds(BOT.graph().callsTo("8888")));
    }

    @Test
    void quickRepliesRoundTrip() throws Exception {
        postSigned(Fixtures.webhook("quick-reply.json", Map.of("PSID", "9999", "MID", "m_q1", "PAYLOAD", "CAT|sad|song")));
        List<FakeGraphApi.Call> song = BOT.graph().callsTo("9999");
        assertEquals(List.of("mark_seen", "card"), kinds(song));
        assertEquals("Listen", song.get(1).element().get("buttons").get(0).get("title").getStringValue());
        assertEquals("MORE|sad|song", song.get(1).quickReplyPayloads().get(0));
        BOT.graph().clear();

        postSigned(Fixtures.webhook("quick-reply.json", Map.of("PSID", "9999", "MID", "m_q1b", "PAYLOAD", "MORE|sad|song")));
        List<FakeGraphApi.Call> another = BOT.graph().callsTo("9999");
        assertEquals(List.of("mark_seen", "card"), kinds(another));
        assertTrue(!another.get(1).element().get("title").getStringValue().equals(
                song.get(1).element().get("title").getStringValue()), "another song, not the same one");
        BOT.graph().clear();

        postSigned(Fixtures.webhook("quick-reply.json", Map.of("PSID", "9999", "MID", "m_q2", "PAYLOAD", "WRONG|sad")));
        List<FakeGraphApi.Call> pick = BOT.graph().callsTo("9999");
        assertEquals(List.of("mark_seen", "text"), kinds(pick));
        assertEquals(List.of("MOOD|happy|sad", "MOOD|neutral|sad", "MOOD|surprise|sad", "MOOD|angry|sad",
                "MOOD|fear|sad", "MOOD|disgust|sad"), pick.get(1).quickReplyPayloads());
        BOT.graph().clear();

        postSigned(Fixtures.webhook("quick-reply.json", Map.of("PSID", "9999", "MID", "m_q3", "PAYLOAD", "MOOD|happy|sad")));
        List<FakeGraphApi.Call> happy = BOT.graph().callsTo("9999");
        assertEquals(List.of("mark_seen", "text", "card"), kinds(happy));
        assertTrue(happy.get(1).text().startsWith("Got it: happy. "), happy.get(1).text());
    }

    /** Asked in Spanish by someone who chose no language: a tap and an emoji after it are answered in Spanish. */
    @Test
    void aSuggestionAskedForInSpanishIsAnsweredInSpanishAndSoIsWhatFollows() throws Exception {
        postSigned(Fixtures.webhook("text-from.json", Map.of("PSID", "3500", "MID", "m_t1", "TEXT", "Una canción alegre")));
        List<FakeGraphApi.Call> asked = BOT.graph().callsTo("3500");
        assertEquals(List.of("mark_seen", "text", "card"), kinds(asked));
        assertTrue(asked.get(1).text().startsWith("Una canción para cuando sientas alegría. "), asked.get(1).text());
        List<String> payloads = asked.get(2).quickReplyPayloads();
        assertEquals("MORE|happy|song|given", payloads.get(0));
        assertEquals("LANG|es", payloads.get(payloads.size() - 1));
        BOT.graph().clear();

        postSigned(Fixtures.webhook("quick-reply.json", Map.of("PSID", "3500", "MID", "m_t2", "PAYLOAD", payloads.get(0))));
        List<FakeGraphApi.Call> another = BOT.graph().callsTo("3500");
        assertEquals(List.of("mark_seen", "card"), kinds(another));
        assertEquals("Escuchar", another.get(1).element().get("buttons").get(0).get("title").getStringValue());
        assertEquals("MORE|happy|song|given", another.get(1).quickReplyPayloads().get(0));
        BOT.graph().clear();

        postSigned(Fixtures.webhook("text-from.json", Map.of("PSID", "3500", "MID", "m_t3", "TEXT", "😄")));
        assertTrue(BOT.graph().callsTo("3500").get(1).text().startsWith("Entendido: alegría. "),
                BOT.graph().callsTo("3500").get(1).text());
    }

    @Test
    void badOrMissingSignatureIsRefusedAndNothingIsSent() throws Exception {
        byte[] body = Fixtures.webhook("text.json");
        assertEquals(403, post(body, null).statusCode());
        assertEquals(403, post(body, "sha256=" + "0".repeat(64)).statusCode());
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("hello", "HELLO").getBytes(StandardCharsets.UTF_8);
        assertEquals(403, post(tampered, MessengerServer.SIGNER.header(body)).statusCode());
        assertEquals(List.of(), BOT.graph().calls());
    }

    @Test
    void transientSendFailuresAreRetriedAndPermanentOnesAreNot() throws Exception {
        int[] failures = {2};
        BOT.graph().answer(c -> "text".equals(c.kind()) && failures[0]-- > 0 ? 500 : 200);
        postSigned(Fixtures.webhook("quick-reply.json", Map.of("PSID", "7001", "MID", "m_retry", "PAYLOAD", "HELP")));
        assertEquals(List.of("mark_seen", "text"), kinds(BOT.graph().callsTo("7001")));

        BOT.graph().answer(c -> 190); // a bad token: the mark_seen says so, and nothing more is tried
        postSigned(Fixtures.webhook("quick-reply.json", Map.of("PSID", "7002", "MID", "m_perm", "PAYLOAD", "HELP")));
        BOT.graph().answer(c -> 200);
        assertEquals(List.of(), BOT.graph().callsTo("7002"));
    }
}
