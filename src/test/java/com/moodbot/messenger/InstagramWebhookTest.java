package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.bench.FakeGraphApi;
import com.moodbot.channel.Channel;
import com.moodbot.conversation.LanguagePreferences;
import com.moodbot.conversation.PersonIds;
import com.moodbot.conversation.Phrases;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.CatalogService;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.ChannelHistories;
import com.moodbot.recommend.Recommender;
import com.moodbot.support.MessengerServer;
import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.TestServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Instagram Direct through the same webhook: signed payloads of Instagram's shape ({@code "object":
 * "instagram"}, Instagram-scoped ids), answered through the fake Graph API's Send API, in English and
 * Spanish; and a Messenger person and an Instagram person with the same number kept apart.
 */
class InstagramWebhookTest {

    @RegisterExtension
    static final MessengerServer BOT = new MessengerServer(TestServers.merged(TestServers.LOOPBACK_PHOTOS,
            Map.of("moodbot.messenger.page-access-token", "PAGE_TOKEN")));

    private static void post(String fixture, Map<String, String> values) throws Exception {
        assertEquals(200, BOT.postSigned(Fixtures.webhook(fixture, values)).statusCode());
    }

    private static <T> T bean(Class<T> type) {
        return BOT.server().getApplicationContext().getBean(type);
    }

    @Test
    void aPhotoInInstagramDirectGetsSeenTypingMoodAndACardWithQuickReplies() throws Exception {
        Required.fer2013("for the fixture photo");
        byte[] jpeg = Photos.jpeg(Photos.canvas(1080, 1440, List.of(Photos.detectableFaces().get(0)), new int[][] {{290, 400, 500}}));
        String url = BOT.images().put("/ig-selfie.jpg", jpeg);
        FacePrediction expected = bean(PhotoAnalyzer.class).analyze(jpeg).main().orElseThrow();
        Recommender recommender = bean(Recommender.class);

        post("instagram-image.json", Map.of("IGSID", "5100", "MID", "aWdf_selfie", "IMAGE_URL", url));

        List<FakeGraphApi.Call> calls = BOT.graph().callsTo("5100");
        assertEquals(List.of("mark_seen", "typing_on", "text", "card"), FakeGraphApi.kinds(calls));
        calls.forEach(c -> {
            assertEquals("/v25.0/me/messages", c.path(), "the Send API, as for Messenger");
            assertEquals(null, c.query(), "no token in the URL");
            assertEquals("Bearer PAGE_TOKEN", c.authorization());
        });
        String text = calls.get(2).text();
        assertTrue(text.contains(recommender.moodLine(expected.emotion()).english()), text);
        assertTrue(text.length() <= 1000, "within Instagram's text limit");
        Category category = recommender.firstCategory(expected.emotion());
        String title = calls.get(3).element().get("title").getStringValue();
        assertTrue(bean(CatalogService.class).current().candidates(category, List.of(expected.emotion())).stream()
                .anyMatch(i -> i.title().english().equals(title)), title);
        List<String> quick = calls.get(3).quickReplyPayloads();
        assertEquals("MORE|" + expected.emotion().label() + "|" + category.label(), quick.get(0));
        assertEquals("WRONG|" + expected.emotion().label() + "|" + category.label(), quick.get(quick.size() - 1));
        assertTrue(quick.size() <= 13);
    }

    @Test
    void anInstagramPersonWhoPicksEspanolGetsTheCardAndQuickRepliesInSpanish() throws Exception {
        Required.fer2013("for the fixture photo");
        post("instagram-quick-reply.json", Map.of("IGSID", "5200", "MID", "aWdf_es1", "PAYLOAD", "LANGUAGE"));
        assertEquals(List.of("LANG|en", "LANG|es"), BOT.graph().callsTo("5200").get(1).quickReplyPayloads());
        post("instagram-quick-reply.json", Map.of("IGSID", "5200", "MID", "aWdf_es2", "PAYLOAD", "LANG|es"));
        assertTrue(BOT.graph().callsTo("5200").get(3).text().startsWith("Vale, a partir de ahora te hablo en español"));

        byte[] jpeg = Photos.jpeg(Photos.canvas(1080, 1440, List.of(Photos.detectableFaces().get(0)), new int[][] {{290, 400, 500}}));
        String url = BOT.images().put("/ig-selfie-es.jpg", jpeg);
        FacePrediction expected = bean(PhotoAnalyzer.class).analyze(jpeg).main().orElseThrow();
        BOT.graph().clear();
        post("instagram-image.json", Map.of("IGSID", "5200", "MID", "aWdf_es3", "IMAGE_URL", url));
        List<FakeGraphApi.Call> calls = BOT.graph().callsTo("5200");
        assertEquals(List.of("mark_seen", "typing_on", "text", "card"), FakeGraphApi.kinds(calls));
        assertTrue(calls.get(2).text().contains(bean(Recommender.class).moodLine(expected.emotion()).in(Language.ES)),
                calls.get(2).text());
        assertTrue(calls.get(2).text().contains("(con un " + Math.round(expected.confidence() * 100) + "\u00A0% de seguridad)"));
        List<String> quick = StreamSupport.stream(calls.get(3).body().get("message").get("quick_replies").values()
                .spliterator(), false).map(q -> q.get("title").getStringValue()).toList();
        assertEquals("🔁 Otra idea", quick.get(0));
        assertEquals("🤔 No me siento así", quick.get(quick.size() - 1));
    }

    @Test
    void theSameNumberOnMessengerAndInstagramIsTwoPeopleWithTheirOwnLanguage() throws Exception {
        post("quick-reply.json", Map.of("PSID", "4700", "MID", "m_lang_4700", "PAYLOAD", "LANG|es"));
        BOT.graph().clear();
        post("instagram-text.json", Map.of("IGSID", "4700", "MID", "aWdf_hi_4700", "TEXT", "hi"));
        assertTrue(BOT.graph().callsTo("4700").get(1).text().startsWith("Hi, I'm moodbot!"), "Instagram's 4700 chose nothing");
        post("instagram-quick-reply.json", Map.of("IGSID", "4800", "MID", "aWdf_lang_4800", "PAYLOAD", "LANG|es"));
        BOT.graph().clear();
        post("text-from.json", Map.of("PSID", "4800", "MID", "m_hi_4800", "TEXT", "hi"));
        assertTrue(BOT.graph().callsTo("4800").get(1).text().startsWith("Hi, I'm moodbot!"), "Messenger's 4800 chose nothing");
        BOT.graph().clear();
        post("text-from.json", Map.of("PSID", "4700", "MID", "m_hola_4700", "TEXT", "hola"));
        assertTrue(BOT.graph().callsTo("4700").get(1).text().startsWith("¡Hola, soy moodbot!"), "Messenger's 4700 did");
    }

    /**
     * A Messenger person is shown every sad song but one; Instagram's person with the same number
     * still gets any of them (with one history it could only be the last), and Messenger's next is
     * that last one (Instagram's pick never entered Messenger's history).
     */
    @Test
    void theSameNumberOnMessengerAndInstagramNeverSharesHistory() throws Exception {
        var catalog = bean(CatalogService.class).current();
        int candidates = catalog.candidates(Category.SONG, catalog.rule(Emotion.SAD).drawFrom()).size();
        int instagramSawAnAlreadySeenSong = 0;
        for (int trial = 0; trial < 3; trial++) {
            String id = "49" + trial;
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < candidates - 1; i++) {
                post("quick-reply.json", Map.of("PSID", id, "MID", "m_song_" + id + "_" + i, "PAYLOAD", "MORE|sad|song"));
                seen.add(lastCardTitle(id));
            }
            assertEquals(candidates - 1, seen.stream().distinct().count(), "no repeats for one person");
            post("instagram-quick-reply.json", Map.of("IGSID", id, "MID", "aWdf_song_" + id, "PAYLOAD", "MORE|sad|song"));
            instagramSawAnAlreadySeenSong += seen.contains(lastCardTitle(id)) ? 1 : 0;
            post("quick-reply.json", Map.of("PSID", id, "MID", "m_song_" + id + "_last", "PAYLOAD", "MORE|sad|song"));
            assertFalse(seen.contains(lastCardTitle(id)), "Messenger's last unseen song, whatever Instagram's person got");
            BOT.graph().clear();
        }
        assertTrue(instagramSawAnAlreadySeenSong > 0, "Instagram's people are not held to Messenger's history");
    }

    private static String lastCardTitle(String recipient) {
        List<FakeGraphApi.Call> cards = BOT.graph().callsTo(recipient).stream().filter(c -> c.kind().equals("card")).toList();
        return cards.get(cards.size() - 1).element().get("title").getStringValue();
    }

    @Test
    void echoesReadsReactionsAndDeletedMessagesGetNothing() throws Exception {
        post("instagram-echo-read-reaction.json", Map.of());
        assertEquals(List.of(), BOT.graph().calls());
    }

    @Test
    void dedupeIsPerChannel() throws Exception {
        post("instagram-quick-reply.json", Map.of("IGSID", "5300", "MID", "same_mid", "PAYLOAD", "HELP"));
        post("instagram-quick-reply.json", Map.of("IGSID", "5300", "MID", "same_mid", "PAYLOAD", "HELP"));
        post("quick-reply.json", Map.of("PSID", "5300", "MID", "same_mid", "PAYLOAD", "HELP"));
        assertEquals(List.of("mark_seen", "text", "mark_seen", "text"), FakeGraphApi.kinds(BOT.graph().callsTo("5300")),
                "Instagram's redelivery dropped; Messenger's message with the same id answered");
    }

    /** Meta's deletion callback cannot name an Instagram person; typing "forget me" reaches them. */
    @Test
    void anInstagramPersonWhoTypesForgetMeIsForgottenThereAndNotOnMessenger() throws Exception {
        PersonIds ids = bean(PersonIds.class);
        ChannelHistories histories = bean(ChannelHistories.class);
        String films = "film:" + bean(CatalogService.class).current().rule(Emotion.SAD).drawFrom().stream()
                .map(Emotion::label).sorted().collect(Collectors.joining(","));
        post("quick-reply.json", Map.of("PSID", "5500", "MID", "m_film_5500", "PAYLOAD", "MORE|sad|film"));
        post("instagram-quick-reply.json", Map.of("IGSID", "5500", "MID", "aWdf_film_5500", "PAYLOAD", "MORE|sad|film"));
        post("instagram-quick-reply.json", Map.of("IGSID", "5500", "MID", "aWdf_lang_5500", "PAYLOAD", "LANG|es"));
        assertFalse(histories.of(Channel.INSTAGRAM).seen(ids.hash(Channel.INSTAGRAM, "5500"), films).isEmpty());
        BOT.graph().clear();

        post("instagram-text.json", Map.of("IGSID", "5500", "MID", "aWdf_forget_5500", "TEXT", "¡Olvídame!"));
        assertEquals(Phrases.of(Language.ES).forgotten(true, true), BOT.graph().callsTo("5500").get(1).text());
        String person = ids.hash(Channel.INSTAGRAM, "5500");
        assertTrue(histories.of(Channel.INSTAGRAM).seen(person, films).isEmpty(), "Instagram's history erased");
        assertEquals(Optional.empty(), bean(LanguagePreferences.class).kept(person).chosen(), "and the language choice");
        assertFalse(histories.of(Channel.MESSENGER).seen(ids.hash(Channel.MESSENGER, "5500"), films).isEmpty(),
                "Messenger's person with the same number keeps theirs");

        BOT.graph().clear();
        post("instagram-text.json", Map.of("IGSID", "5500", "MID", "aWdf_forget_5500_again", "TEXT", "forget me"));
        assertEquals(Phrases.of(Language.EN).forgotten(false, false), BOT.graph().callsTo("5500").get(1).text(),
                "nothing left, and English again");
    }

    @Test
    void erasingAMessengerPersonLeavesTheInstagramPersonWithTheSameNumber() {
        PersonIds ids = bean(PersonIds.class);
        ChannelHistories histories = bean(ChannelHistories.class);
        LanguagePreferences languages = bean(LanguagePreferences.class);
        for (Channel channel : List.of(Channel.MESSENGER, Channel.INSTAGRAM)) {
            histories.of(channel).markSeen(ids.hash(channel, "4343"), "film:sad", "paddington-2-2017");
            languages.set(ids.hash(channel, "4343"), Language.ES);
        }
        ErasedData erased = bean(PersonErasure.class).erase(Channel.MESSENGER, List.of("4343"));
        assertEquals(new ErasedData(1, 1, 0, 0), erased);
        String instagram = ids.hash(Channel.INSTAGRAM, "4343");
        assertEquals(1, histories.of(Channel.INSTAGRAM).seen(instagram, "film:sad").size());
        assertEquals(Optional.of(Language.ES), languages.kept(instagram).chosen());
        assertEquals(new ErasedData(1, 1, 0, 0), bean(PersonErasure.class).erase(Channel.INSTAGRAM, List.of("4343")));
    }
}
