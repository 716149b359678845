package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.conversation.ConversationConfig;
import com.moodbot.conversation.MoodCorrections;
import com.moodbot.conversation.Phrases;
import com.moodbot.conversation.UnsureRule;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.MessengerServer;
import com.moodbot.support.TestServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Happy or surprised?" through the webhook and the fake Graph API: the service is set to ask on
 * every photo, the person answers with a quick reply, and the answer drives the card and counts as
 * a correction.
 */
class UnsureAskWebhookTest {

    @RegisterExtension
    static final MessengerServer BOT = new MessengerServer(TestServers.merged(TestServers.LOOPBACK_PHOTOS,
            Map.of("moodbot.warm-up.enabled", false), TestServers.ALWAYS_ASK));

    private static void post(String fixture, Map<String, String> values) throws Exception {
        assertEquals(200, BOT.postSigned(Fixtures.webhook(fixture, values)).statusCode());
    }

    private static List<String> titles(FakeGraphApi.Call call) {
        return StreamSupport.stream(call.body().get("message").get("quick_replies").values().spliterator(), false)
                .map(q -> q.get("title").getStringValue()).toList();
    }

    /** A selfie on the fake image host, and what the service's model reads on it. */
    private static FacePrediction selfie(String path) throws Exception {
        Required.fer2013("for the fixture photo");
        byte[] jpeg = Photos.jpeg(Photos.canvas(1080, 1440, List.of(Photos.detectableFaces().get(0)), new int[][] {{290, 400, 500}}));
        BOT.images().put(path, jpeg);
        return BOT.server().getApplicationContext().getBean(PhotoAnalyzer.class).analyze(jpeg).main().orElseThrow();
    }

    private static double asks(Emotion detected) {
        var counter = BOT.server().getApplicationContext().getBean(MoodbotMetrics.class).registry()
                .find("moodbot.unsure.asks").tag("detected", detected.label()).counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<Emotion> likely(FacePrediction face) {
        ConversationConfig config = BOT.server().getApplicationContext().getBean(ConversationConfig.class);
        assertTrue(UnsureRule.shouldAsk(face.probabilities(), config));
        return UnsureRule.likely(face.probabilities(), config);
    }

    @Test
    void anUnsureReadIsAQuestionAndTheAnswerGetsACardAndCountsAsACorrection() throws Exception {
        FacePrediction face = selfie("/unsure.jpg");
        List<Emotion> likely = likely(face);
        Emotion top = face.emotion();
        assertEquals(top, likely.get(0));
        double asksBefore = asks(top);
        post("image-from.json", Map.of("PSID", "4100", "IMAGE_URL", BOT.images().url("/unsure.jpg"), "MID", "m_ask1"));

        List<FakeGraphApi.Call> calls = BOT.graph().callsTo("4100");
        assertEquals(List.of("mark_seen", "typing_on", "text"), FakeGraphApi.kinds(calls), "a question and no card");
        String question = calls.get(2).text();
        assertTrue(question.startsWith("I can't quite tell. "), question);
        assertTrue(question.endsWith("?"), question);
        assertTrue(!question.contains("sure"), "no confidence claimed: " + question);
        List<String> expected = new ArrayList<>();
        likely.forEach(m -> expected.add("ANSWER|" + m.label() + "|" + top.label()));
        expected.add("WRONG|" + String.join("+", likely.stream().map(Emotion::label).toList()));
        assertEquals(expected, calls.get(2).quickReplyPayloads());
        assertEquals("🤷 Something else", titles(calls.get(2)).get(likely.size()));
        assertEquals(asksBefore + 1, asks(top), "asks are counted by the mood read");

        MoodCorrections corrections = BOT.server().getApplicationContext().getBean(MoodCorrections.class);
        long before = corrections.count(top, likely.get(1));
        BOT.graph().clear();
        post("quick-reply.json", Map.of("PSID", "4100", "MID", "m_ask2", "PAYLOAD", expected.get(1)));
        List<FakeGraphApi.Call> answer = BOT.graph().callsTo("4100");
        assertEquals(List.of("mark_seen", "text", "card"), FakeGraphApi.kinds(answer));
        String name = Phrases.of(Language.EN).moodName(likely.get(1));
        assertTrue(answer.get(1).text().startsWith("Got it: " + name + ". "), answer.get(1).text());
        assertTrue(answer.get(2).quickReplyPayloads().get(0).startsWith("MORE|" + likely.get(1).label() + "|"),
                "the card is for the mood the person gave");
        assertEquals(before + 1, corrections.count(top, likely.get(1)));

        BOT.graph().clear();
        post("quick-reply.json", Map.of("PSID", "4100", "MID", "m_ask3", "PAYLOAD", "WRONG|" + top.label()));
        List<FakeGraphApi.Call> list = BOT.graph().callsTo("4100");
        assertEquals(List.of("mark_seen", "text"), FakeGraphApi.kinds(list));
        assertEquals(Emotion.COUNT - 1, list.get(1).quickReplyPayloads().size(), "something else: every mood but the one read");
    }

    @Test
    void aSpanishPersonIsAskedAndAnsweredInSpanish() throws Exception {
        post("quick-reply.json", Map.of("PSID", "4200", "MID", "m_es_ask0", "PAYLOAD", "LANG|es"));
        FacePrediction face = selfie("/unsure-es.jpg");
        List<Emotion> likely = likely(face);
        BOT.graph().clear();
        post("image-from.json", Map.of("PSID", "4200", "IMAGE_URL", BOT.images().url("/unsure-es.jpg"), "MID", "m_es_ask1"));
        List<FakeGraphApi.Call> calls = BOT.graph().callsTo("4200");
        assertEquals(List.of("mark_seen", "typing_on", "text"), FakeGraphApi.kinds(calls));
        assertTrue(calls.get(2).text().startsWith("No lo tengo claro. ¿"), calls.get(2).text());
        List<String> titles = titles(calls.get(2));
        assertEquals("🤷 Otra cosa", titles.get(titles.size() - 1));
        assertEquals(Phrases.of(Language.ES).title(likely.get(0)), titles.get(0));

        BOT.graph().clear();
        post("quick-reply.json", Map.of("PSID", "4200", "MID", "m_es_ask2", "PAYLOAD",
                calls.get(2).quickReplyPayloads().get(0)));
        String got = BOT.graph().callsTo("4200").get(1).text();
        assertTrue(got.startsWith("Entendido: " + Phrases.of(Language.ES).moodName(likely.get(0)) + ". "), got);
    }
}
