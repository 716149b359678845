package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.moodbot.PipelineFactory;
import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.analytics.ChannelFigures;
import com.moodbot.analytics.Usage;
import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.i18n.Language;
import com.moodbot.i18n.Localized;
import com.moodbot.metrics.MoodbotMetrics;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.Recommendation;
import com.moodbot.recommend.Recommender;
import com.moodbot.vision.FaceBox;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.ImageRejectedException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * The conversation as the application wires it: every handler bean, the real suggestions, phrases
 * and counters; only the photo's download and analysis and the catalogs are fakes (replaced for this
 * test alone, through {@code spec.name}). A new handler needs no edit here.
 */
@MicronautTest(startApplication = false, rebuildContext = true)
@Property(name = "spec.name", value = "ConversationTest")
@Property(name = "moodbot.person-id.key", value = "test-key")
class ConversationTest {

    private static final byte[] PHOTO = {1, 2, 3};
    private static final String URL = "https://scontent.xx.fbcdn.net/p.jpg";
    private static final Phrases EN = Phrases.of(Language.EN);

    @Inject
    Conversation conversation;
    @Inject
    ImageFetcher fetcher;
    @Inject
    PhotoAnalyzer analyzer;
    @Inject
    Recommender recommender;
    @Inject
    PersonIds ids;
    @Inject
    MoodCorrections corrections;
    @Inject
    Usage usage;
    @Inject
    InMemoryLanguagePreferences languages;

    @Factory
    @Requires(property = "spec.name", value = "ConversationTest")
    static class Fakes {
        @Singleton
        @Replaces(ImageFetcher.class)
        ImageFetcher fetcher() {
            return Mockito.mock(ImageFetcher.class);
        }

        @Singleton
        @Replaces(value = PhotoAnalyzer.class, factory = PipelineFactory.class)
        PhotoAnalyzer analyzer() {
            return Mockito.mock(PhotoAnalyzer.class);
        }

        @Singleton
        @Replaces(value = Recommender.class, factory = PipelineFactory.class)
        Recommender recommender() {
            return Mockito.mock(Recommender.class);
        }
    }

    @BeforeEach
    void setUp() {
        for (Emotion e : Emotion.values()) {
            when(recommender.moodLine(e)).thenReturn(new Localized(Map.of(Language.EN, "Line for " + e.label() + ".",
                    Language.ES, "Línea para " + e.label() + ".")));
            when(recommender.firstCategory(e)).thenReturn(Category.FILM);
            when(recommender.categories(e)).thenReturn(List.of(Category.FILM, Category.SONG, Category.FOOD, Category.PLACE));
        }
        when(recommender.recommend(any(), anyString(), any(), any())).thenAnswer(inv -> Optional.of(new Recommendation(
                inv.getArgument(2), inv.getArgument(3), new CatalogItem("paddington", inv.getArgument(3), Localized.same("Paddington 2"),
                new Localized(Map.of(Language.EN, "A kind bear.", Language.ES, "Un oso amable.")), Set.of(Emotion.SAD), 1, Localized.same("https://www.imdb.com/find/?q=Paddington"), Optional.empty(), List.of()), false)));
    }

    private static PhotoAnalysis faces(Emotion emotion, float confidence, int count) {
        float[] p = new float[Emotion.COUNT];
        p[emotion.ordinal()] = confidence;
        FacePrediction face = new FacePrediction(new FaceBox(10, 10, 100, 100, 1, Optional.empty()), emotion, confidence, p);
        return new PhotoAnalysis(640, 480, Collections.nCopies(count, face), 0);
    }

    private List<Reply> photo() {
        return conversation.handle(new InboundEvent.Photo(Channel.MESSENGER, "psid", "m1", List.of(URL)));
    }

    @Test
    void confidentMoodGetsTheLineThenACardWithQuickReplies() throws Exception {
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.SAD, 0.82f, 1));
        List<Reply> replies = photo();
        assertEquals(2, replies.size());
        assertEquals("You look sad (82% sure). Line for sad.", ((Reply.Text) replies.get(0)).text());
        Reply.Card card = assertInstanceOf(Reply.Card.class, replies.get(1));
        assertEquals("Paddington 2", card.title());
        assertEquals("Find the film", card.buttonTitle());
        assertEquals(List.of("🔁 Another one", "🎵 A song", "🍜 A dish", "📍 A place", "🤔 Not my mood"),
                card.quickReplies().stream().map(Reply.QuickReply::title).toList());
        assertEquals("MORE|sad|film", card.quickReplies().get(0).payload());
        assertEquals("WRONG|sad|film", card.quickReplies().get(4).payload());
        verify(recommender).recommend(Channel.MESSENGER, ids.hash(Channel.MESSENGER, "psid"), Emotion.SAD, Category.FILM);
    }

    @Test
    void aMoodTypedOrASelfieSentAfterAKindsQuestionGetsACardOfThatKindOnceAndOtherWordsLetItGo() throws Exception {
        String who = ids.hash(Channel.MESSENGER, "asked");
        conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "asked", "m1", "BROWSE|song"));
        List<Reply> typed = conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asked", "m2", "sad"));
        assertEquals("A song for when you feel sad. Line for sad.", ((Reply.Text) typed.get(0)).text(),
                "as the mood's button under the question gives it");
        verify(recommender).recommend(Channel.MESSENGER, who, Emotion.SAD, Category.SONG);
        conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asked", "m3", "angry"));
        verify(recommender).recommend(Channel.MESSENGER, who, Emotion.ANGRY, Category.FILM);

        conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asked", "m4", "somewhere to go?"));
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.HAPPY, 0.9f, 1));
        conversation.handle(new InboundEvent.Photo(Channel.MESSENGER, "asked", "m5", List.of(URL)));
        verify(recommender).recommend(Channel.MESSENGER, who, Emotion.HAPPY, Category.PLACE);

        conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "asked", "m6", "BROWSE|food"));
        conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asked", "m7", "forget me"));
        conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asked", "m8", "scared"));
        verify(recommender).recommend(Channel.MESSENGER, who, Emotion.FEAR, Category.FILM);
        verify(recommender, never()).recommend(any(), anyString(), any(), Mockito.eq(Category.FOOD));

        conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "asked", "m9", "BROWSE|food"));
        conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asked", "m10", "thanks, bye"));
        conversation.handle(new InboundEvent.Photo(Channel.MESSENGER, "asked", "m11", List.of(URL)));
        verify(recommender).recommend(Channel.MESSENGER, who, Emotion.HAPPY, Category.FILM);
        verify(recommender, never()).recommend(any(), anyString(), any(), Mockito.eq(Category.FOOD));
    }

    @Test
    void wordsTypedForAButtonUnderTheLastCardAreThatTapSinceTheChatHidesTheButtonsOnceThePersonTypes()
            throws Exception {
        String who = ids.hash(Channel.MESSENGER, "typer");
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.SAD, 0.9f, 1));
        conversation.handle(new InboundEvent.Photo(Channel.MESSENGER, "typer", "m1", List.of(URL)));
        conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "typer", "m2", "Another one, please!"));
        verify(recommender, Mockito.times(2)).recommend(Channel.MESSENGER, who, Emotion.SAD, Category.FILM);
        conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "typer", "m3", "another song"));
        verify(recommender).recommend(Channel.MESSENGER, who, Emotion.SAD, Category.SONG);
        Reply.Text pick = (Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "typer", "m4",
                "not my mood")).get(0);
        assertTrue(payloads(pick).contains("MOOD|happy|sad|song"), "the moods to pick, under the song's card: "
                + payloads(pick));

        Reply.Text web = (Reply.Text) conversation.handle(new InboundEvent.Text(Channel.WEB, "tab", "m5",
                "another one")).get(0);
        assertEquals(EN.sendSelfie(), web.text(), "the web page keeps no card: its buttons stay under each");
        Reply.Text nobody = (Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "new", "m6",
                "another one")).get(0);
        assertEquals(EN.sendSelfie(), nobody.text(), "someone shown no card is invited to send a selfie");
    }

    @Test
    void aMessageWithManyPhotosHasTheFirstThreeReadAndSaysSo() throws Exception {
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            urls.add("https://scontent.xx.fbcdn.net/p" + i + ".jpg");
            when(fetcher.fetch(urls.get(i))).thenReturn(PHOTO);
        }
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.HAPPY, 0.9f, 1));
        List<Reply> replies = conversation.handle(new InboundEvent.Photo(Channel.MESSENGER, "psid", "m5", urls));
        assertEquals("You sent 5 photos: I'll read the first 3.", ((Reply.Text) replies.get(0)).text());
        assertEquals(1 + 3 * 2, replies.size(), "the line, then a mood line and a card per photo read");
        assertEquals("Photo 3:\nYou look happy (90% sure). Line for happy.", ((Reply.Text) replies.get(5)).text(),
                "each answer says which photo it is about");
        verify(fetcher).fetch(urls.get(2));
        verify(fetcher, never()).fetch(urls.get(3));
        verify(fetcher, never()).fetch(urls.get(4));
    }

    @Test
    void eachPhotosAnswerIsAPartOfItsOwnAndNoMorePhotoIsReadOnceAPartIsNotDelivered() throws Exception {
        List<String> urls = List.of("https://scontent.xx.fbcdn.net/s0.jpg", "https://scontent.xx.fbcdn.net/s1.jpg");
        when(fetcher.fetch(urls.get(0))).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.HAPPY, 0.9f, 1));
        List<Boolean> more = new java.util.ArrayList<>();
        conversation.answer(new InboundEvent.Photo(Channel.MESSENGER, "psid", "m7", urls), Optional.empty(),
                (part, follows) -> {
                    more.add(follows);
                    assertEquals(2, part.size(), "photo 1's line and card: " + part);
                    return false;
                });
        assertEquals(List.of(true), more, "one part, said to have another after it, and no other once it failed");
        verify(fetcher, never()).fetch(urls.get(1));
    }

    @Test
    void aLastPhotoWithoutAFaceEndsWithTheLatestCardsButtonsSinceTheChatShowsTheLatestAlone() throws Exception {
        List<String> urls = List.of("https://scontent.xx.fbcdn.net/b0.jpg", "https://scontent.xx.fbcdn.net/b1.jpg");
        byte[] wall = {9, 9, 9};
        when(fetcher.fetch(urls.get(0))).thenReturn(PHOTO);
        when(fetcher.fetch(urls.get(1))).thenReturn(wall);
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.HAPPY, 0.9f, 1));
        when(analyzer.analyze(wall)).thenReturn(faces(Emotion.HAPPY, 0.9f, 0));
        List<Reply> replies = conversation.handle(new InboundEvent.Photo(Channel.MESSENGER, "psid", "m8", urls));
        assertEquals(3, replies.size(), replies.toString());
        Reply.Text noFace = (Reply.Text) replies.get(2);
        assertEquals("Photo 2:\n" + EN.noFace(), noFace.text());
        assertEquals(replies.get(1).quickReplies(), noFace.quickReplies(), "the first photo's card's buttons");
        assertFalse(noFace.quickReplies().isEmpty());
    }

    @Test
    void ofSeveralPhotosOnlyTheLastMayAskSinceTheChatShowsTheLatestQuickRepliesAlone() throws Exception {
        List<String> urls = List.of("https://scontent.xx.fbcdn.net/u0.jpg", "https://scontent.xx.fbcdn.net/u1.jpg");
        for (String url : urls) {
            when(fetcher.fetch(url)).thenReturn(PHOTO);
        }
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.HAPPY, 0.4f, 1));
        List<Reply> replies = conversation.handle(new InboundEvent.Photo(Channel.MESSENGER, "psid", "m6", urls));
        assertEquals(3, replies.size(), "the first photo's line and card, then the last one's question: " + replies);
        assertEquals("Photo 1:\nI can't quite tell, but maybe you look happy (40% sure). Line for happy.",
                ((Reply.Text) replies.get(0)).text(), "said as a guess");
        assertInstanceOf(Reply.Card.class, replies.get(1));
        assertTrue(((Reply.Text) replies.get(2)).text().startsWith("Photo 2:\nI can't quite tell."), replies.toString());
        assertFalse(((Reply.Text) replies.get(2)).quickReplies().isEmpty(), "the last photo's question keeps its buttons");
    }

    @Test
    void moreFacesThanAGroupAreCountedAndTheBiggestIsRead() throws Exception {
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.FEAR, 0.61f, 9));
        assertEquals("I saw 9 faces and read the biggest one. You look scared (61% sure). Line for fear.",
                ((Reply.Text) photo().get(0)).text());
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.FEAR, 0.61f, FaceFinder.MOST_FACES));
        assertEquals("I saw a lot of faces and read the biggest one. You look scared (61% sure). Line for fear.",
                ((Reply.Text) photo().get(0)).text(), "at the cap of faces read, there may have been more");
    }

    @Test
    void aGroupPhotoSaysWhatTheGroupLooksLikeAndGetsAGroupCardForItsMood() throws Exception {
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(recommender.recommend(any(), anyString(), any(), any(), anyBoolean())).thenAnswer(inv -> Optional.of(new Recommendation(
                inv.getArgument(2), inv.getArgument(3), new CatalogItem("board-game-cafe", inv.getArgument(3), Localized.same("Board games"),
                Localized.same("Games."), Set.of(Emotion.HAPPY), 1, Localized.same("https://example.org"), Optional.empty(), List.of(), false, true), false)));
        List<FacePrediction> group = List.of(faces(Emotion.SURPRISE, 0.9f, 1).faces().get(0), faces(Emotion.HAPPY, 0.5f, 1).faces().get(0),
                faces(Emotion.HAPPY, 0.4f, 1).faces().get(0));
        when(analyzer.analyze(PHOTO)).thenReturn(new PhotoAnalysis(640, 480, group, 0));
        List<Reply> replies = photo();
        assertEquals("3 faces: 2 happy, 1 surprised. For the group: happy. Line for happy.", ((Reply.Text) replies.get(0)).text());
        Reply.Card card = (Reply.Card) replies.get(1);
        assertEquals("Board games", card.title());
        assertEquals("MORE|happy|film|group", card.quickReplies().get(0).payload(), "another one for the group");
        assertEquals("WRONG|happy|group|film", card.quickReplies().get(card.quickReplies().size() - 1).payload(),
                "the group's mood, under a film");
        verify(recommender).recommend(Channel.MESSENGER, ids.hash(Channel.MESSENGER, "psid"), Emotion.HAPPY, Category.FILM, true);
        Reply.Text list = (Reply.Text) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m2", "WRONG|happy|group")).get(0);
        assertTrue(payloads(list).contains("MOOD|sad|happy|group"), payloads(list).toString());
        conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m3", "MOOD|sad|happy|group"));
        verify(recommender).recommend(Channel.MESSENGER, ids.hash(Channel.MESSENGER, "psid"), Emotion.SAD, Category.FILM, true);
    }

    /** One face read with these probabilities (FER2013 label order). */
    private static PhotoAnalysis read(int count, float... p) {
        Emotion top = Emotion.mostLikely(p);
        FacePrediction face = new FacePrediction(new FaceBox(10, 10, 100, 100, 1, Optional.empty()), top, p[top.ordinal()], p);
        return new PhotoAnalysis(640, 480, Collections.nCopies(count, face), 0);
    }

    private static List<String> titles(Reply reply) {
        return reply.quickReplies().stream().map(Reply.QuickReply::title).toList();
    }

    /** An answer to someone who may have no selfie at hand: a button for each kind of suggestion under it. */
    private static Reply.Text withKinds(Phrases say, String text) {
        return new Reply.Text(text, BrowseHandler.kinds(say));
    }

    /** Under the first answer in Spanish to someone who chose no language: the kinds' buttons, then the offer. */
    private static List<Reply.QuickReply> spanishWithOffer() {
        return Stream.concat(BrowseHandler.kinds(Phrases.of(Language.ES)).stream(),
                Stream.of(new Reply.QuickReply("Seguir en español", "LANG|es"))).toList();
    }

    private static List<String> payloads(Reply reply) {
        return reply.quickReplies().stream().map(Reply.QuickReply::payload).toList();
    }

    @Test
    void anUnsureReadAsksWithTheLikelyMoodsAndTheAnswerDrivesTheCardAndCountsAsACorrection() throws Exception {
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        //                               angry disgust fear  happy  sad   surprise neutral
        when(analyzer.analyze(PHOTO)).thenReturn(read(1, 0.02f, 0.01f, 0.05f, 0.44f, 0.03f, 0.38f, 0.07f));
        List<Reply> replies = photo();
        assertEquals(1, replies.size(), "a question, no card");
        Reply.Text ask = (Reply.Text) replies.get(0);
        assertEquals("I can't quite tell. Happy or surprised?", ask.text());
        assertEquals(List.of("😄 Happy", "😮 Surprised", "🤷 Something else"), titles(ask));
        assertEquals(List.of("ANSWER|happy|happy", "ANSWER|surprise|happy", "WRONG|happy+surprise"), payloads(ask));
        Reply.Text rest = (Reply.Text) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m9",
                "WRONG|happy+surprise")).get(0);
        assertEquals(Emotion.COUNT - 2, rest.quickReplies().size(), "something else: neither of the moods offered");
        assertTrue(payloads(rest).stream().noneMatch(p -> p.startsWith("MOOD|happy|") || p.startsWith("MOOD|surprise|")),
                payloads(rest).toString());
        verify(recommender, never()).recommend(any(), anyString(), any(), any());

        List<Reply> answered = conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m2", "ANSWER|surprise|happy"));
        assertEquals("Got it: surprised. Line for surprise.", ((Reply.Text) answered.get(0)).text());
        assertInstanceOf(Reply.Card.class, answered.get(1));
        verify(recommender).recommend(Channel.MESSENGER, ids.hash(Channel.MESSENGER, "psid"), Emotion.SURPRISE, Category.FILM);
        assertEquals(Map.of("happy->surprise", 1L), corrections.snapshot());

        conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m3", "ANSWER|happy|happy"));
        assertEquals(1, corrections.count(Emotion.HAPPY, Emotion.HAPPY), "a confirmation is counted too");
    }

    @Test
    void closeTopTwoAskEvenAboveTheThresholdAndAThirdCloseMoodIsOffered() throws Exception {
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(read(1, 0f, 0f, 0f, 0.53f, 0.02f, 0.44f, 0.01f));
        assertEquals("I can't quite tell. Happy or surprised?", ((Reply.Text) photo().get(0)).text());

        when(analyzer.analyze(PHOTO)).thenReturn(read(9, 0.01f, 0.01f, 0.22f, 0.02f, 0.41f, 0.03f, 0.30f));
        Reply ask = photo().get(0);
        assertEquals("I saw 9 faces and read the biggest one. I can't quite tell. Sad, calm or scared?",
                ((Reply.Text) ask).text());
        assertEquals(List.of("ANSWER|sad|sad", "ANSWER|neutral|sad", "ANSWER|fear|sad", "WRONG|sad+neutral+fear"), payloads(ask));

        when(analyzer.analyze(PHOTO)).thenReturn(read(1, 0f, 0f, 0f, 0.55f, 0.02f, 0.43f, 0f));
        assertEquals("You look happy (55% sure). Line for happy.", ((Reply.Text) photo().get(0)).text(),
                "0.55 against 0.43: sure enough, and 0.12 apart");
    }

    @Test
    void somethingElseLeadsToTheWholeListAndAChosenMoodIsNeverSeen() {
        Reply.Text list = (Reply.Text) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m1", "WRONG|happy")).get(0);
        assertEquals("Thanks for telling me. Which one fits you best?", list.text());
        assertEquals(Emotion.COUNT - 1, list.quickReplies().size(), "every mood but the one just said wrong");
        assertEquals("Thanks for telling me. Which mood fits the group best?", ((Reply.Text) conversation.handle(
                new InboundEvent.Choice(Channel.MESSENGER, "psid", "m0", "WRONG|happy|group")).get(0)).text());
        assertTrue(payloads(list).contains("MOOD|fear|happy") && !payloads(list).contains("MOOD|happy|happy"), payloads(list).toString());
        Reply.Text everyMood = (Reply.Text) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m1",
                "WRONG|happy+sad+angry+fear+disgust+surprise+neutral")).get(0);
        assertEquals(Emotion.COUNT - 1, everyMood.quickReplies().size(), "never a question with nothing to tap");
        assertTrue(payloads(everyMood).stream().noneMatch(p -> p.startsWith("MOOD|happy|")), "nor the mood said wrong");
        String chosen = ((Reply.Text) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m2", "MOOD|fear|happy")).get(0)).text();
        assertEquals("Got it: scared. Line for fear.", chosen);
    }

    @Test
    void aSpanishPersonIsAskedInSpanish() throws Exception {
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(read(1, 0.02f, 0.01f, 0.05f, 0.44f, 0.03f, 0.38f, 0.07f));
        Reply.Text ask = (Reply.Text) conversation.handle(new InboundEvent.Photo(Channel.MESSENGER, "psid", "m1", List.of(URL)),
                Optional.of(Language.ES)).get(0);
        assertEquals("No lo tengo claro. ¿Alegría o sorpresa?", ask.text());
        assertEquals(List.of("😄 Alegría", "😮 Sorpresa", "🤷 Otra cosa"), titles(ask));
        List<Reply> answered = conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m2", "ANSWER|surprise|happy"),
                Optional.of(Language.ES));
        assertEquals("Entendido: sorpresa. Línea para surprise.", ((Reply.Text) answered.get(0)).text());
    }

    @Test
    void noFaceAndTinyFaceExplainHowToRetake() throws Exception {
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(new PhotoAnalysis(640, 480, List.of(), 0));
        assertEquals(List.of(new Reply.Text(EN.noFace())), photo());
        when(analyzer.analyze(PHOTO)).thenReturn(new PhotoAnalysis(640, 480, List.of(), 2));
        assertEquals(List.of(new Reply.Text(EN.faceTooSmall())), photo());
        verify(recommender, never()).recommend(any(), anyString(), any(), any());
    }

    @Test
    void downloadAndDecodeFailuresGetKindReplies() throws Exception {
        when(fetcher.fetch(URL)).thenThrow(new ImageRejectedException(ImageRejectedException.Reason.DOWNLOAD_FAILED, "timeout"));
        assertEquals(List.of(new Reply.Text(EN.rejected(ImageRejectedException.Reason.DOWNLOAD_FAILED))), photo());
        Mockito.doReturn(PHOTO).when(fetcher).fetch(URL);
        when(analyzer.analyze(PHOTO)).thenThrow(new ImageRejectedException(ImageRejectedException.Reason.UNSUPPORTED_FORMAT, "HEIC"));
        assertEquals(List.of(new Reply.Text(EN.rejected(ImageRejectedException.Reason.UNSUPPORTED_FORMAT))), photo());
    }

    @Test
    void unexpectedFailureStillAnswers() throws Exception {
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenThrow(new IllegalStateException("model broke"));
        assertEquals(List.of(new Reply.Text(EN.broke())), photo());
    }

    @Test
    void aPhotoThatFailsUnexpectedlyIsApologisedForAndTheOthersAreStillAnswered() throws Exception {
        List<String> urls = List.of("https://scontent.xx.fbcdn.net/f0.jpg", "https://scontent.xx.fbcdn.net/f1.jpg");
        byte[] broken = {9, 9};
        when(fetcher.fetch(urls.get(0))).thenReturn(broken);
        when(fetcher.fetch(urls.get(1))).thenReturn(PHOTO);
        when(analyzer.analyze(broken)).thenThrow(new IllegalStateException("model broke"));
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.HAPPY, 0.9f, 1));
        List<Reply> replies = conversation.handle(new InboundEvent.Photo(Channel.MESSENGER, "psid", "m7", urls));
        assertEquals(3, replies.size(), "an apology for the first photo, then the second one's line and card: " + replies);
        assertEquals(new Reply.Text("Photo 1:\n" + EN.broke()), replies.get(0));
        assertTrue(((Reply.Text) replies.get(1)).text().startsWith("Photo 2:\nYou look happy (90% sure)."), replies.toString());
        assertInstanceOf(Reply.Card.class, replies.get(2));
    }

    @Test
    void aTextLongerThanAnyRequestGetsTheInvitationButAskingToBeForgottenIsStillHeard() {
        String longSad = "a sad film" + " please".repeat(71); // 507 characters
        assertEquals(List.of(withKinds(EN, EN.sendSelfie())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "p", "m", longSad)));
        assertEquals("A film for when you feel sad. Line for sad.", ((Reply.Text) conversation.handle(
                new InboundEvent.Text(Channel.MESSENGER, "p", "m", "a sad film" + " please".repeat(60))).get(0)).text(),
                "within " + TextEventHandler.LONGEST_READ + " characters, read");
        String huge = "a happy song ".repeat(50_000); // 650 KB: no reading of it to wait for
        assertEquals(List.of(withKinds(EN, EN.sendSelfie())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "p", "m", huge)));
        assertEquals(EN.confirmForget(), ((Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "p",
                "m", "a happy song ".repeat(100) + "how do I delete my data?")).get(0)).text());
    }

    @Test
    void stickersTextAndOtherAttachmentsGetAHint() {
        assertEquals(List.of(withKinds(EN, EN.sticker())), conversation.handle(new InboundEvent.Sticker(Channel.MESSENGER, "p", "m")));
        assertEquals(List.of(withKinds(EN, EN.greeting())), conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "p", "m", "hi")));
        assertEquals(List.of(withKinds(EN, EN.sendSelfie())), conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "p", "m", "ok")));
        assertEquals(List.of(withKinds(EN, EN.help())), conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "p", "m", " Help ")));
        for (String ask : List.of("What can you do?", "help!!")) {
            assertEquals(List.of(withKinds(EN, EN.help())), conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "p", "m", ask)), ask);
        }
        for (String ask : List.of("¿Qué puedes hacer?", "ayuda por favor")) {
            assertEquals(List.of(new Reply.Text(Phrases.of(Language.ES).help(), spanishWithOffer())),
                    conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "p-" + ask, "m", ask)), ask);
        }
        assertEquals(List.of(withKinds(EN, EN.unsupported("audio"))), conversation.handle(new InboundEvent.Unsupported(Channel.MESSENGER, "p", "m", "audio")));
        assertTrue(EN.unsupported("audio").startsWith("I can't listen to voice messages"), EN.unsupported("audio"));
        assertEquals(EN.sendSelfie(), EN.unsupported("location"), "a kind with no words of its own");
        assertEquals(List.of(new Reply.Text(EN.rejected(ImageRejectedException.Reason.DOWNLOAD_FAILED))), conversation.handle(
                new InboundEvent.Unsupported(Channel.MESSENGER, "p", "m", InboundEvent.Unsupported.IMAGE_WITHOUT_URL)));
    }

    /** Spanish-speaking Messenger shows the es_ES menu, whose items say so: the bot answers in Spanish from then on. */
    @Test
    void aMenuItemInSpanishAnswersSomeoneWhoChoseNoLanguageInSpanishFromThenOn() {
        Phrases es = Phrases.of(Language.ES);
        assertEquals(List.of(withKinds(es, es.help())), conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "menu-es", "m1", "HELP|es")));
        assertEquals(List.of(withKinds(es, es.greeting())), conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "menu-es", "m2", "hola")));
        assertEquals(List.of(withKinds(es, es.greeting())), conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "menu-es2", "m3", "GET_STARTED|es")));

        conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "chose-en", "m4", "LANG|en"));
        assertEquals(List.of(withKinds(EN, EN.help())), conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "chose-en", "m5", "HELP|es")),
                "a language chosen stands over the menu's");
        assertEquals(List.of(withKinds(EN, EN.help())), conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "no-menu-language", "m6", "HELP")));
        assertEquals(List.of(new Reply.Text(EN.oldButton())), conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m7", "HELP|fr")));
    }

    @Test
    void textFromSomeoneWithNoLanguageIsAnsweredInTheOneItIsTypedInWithAnOfferToKeepIt() {
        Phrases es = Phrases.of(Language.ES);
        Reply.QuickReply espanol = new Reply.QuickReply("Seguir en español", new Payload.SetLanguage(Language.ES).encode());
        assertEquals(List.of(new Reply.Text(es.greeting(), spanishWithOffer())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "new-es", "m1", "¡Hola!")));
        assertEquals(List.of(withKinds(es, es.help())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "new-es", "m2", "¿Qué puedes hacer?")),
                "offered once, when the language changed");
        assertEquals(List.of(new Reply.Text(es.forgotten(false, true))),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "new-es", "m3", "olvídame")),
                "the language written in is forgotten too; no offer to keep anything");
        assertEquals(List.of(withKinds(es, es.languageSet())),
                conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "new-es", "m4", espanol.payload())));
        assertEquals(List.of(withKinds(es, es.youreWelcome())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "new-es", "m5", "gracias")), "kept: no offer");
        assertEquals(List.of(new Reply.Text(es.youreWelcome(), Stream.concat(BrowseHandler.kinds(es).stream(),
                Stream.of(new Reply.QuickReply("Continue in English", "LANG|en"))).toList())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "new-es", "m6", "ok thanks")),
                "a choice stands, with a way to English");
        assertEquals(List.of(withKinds(EN, EN.youreWelcome())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "someone", "m7", "thanks")), "the default: no offer");
        assertEquals(List.of(withKinds(EN, EN.goodbye())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "someone", "m7", "Bye!")));
        assertEquals(List.of(withKinds(EN, EN.sendSelfie())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "someone", "m8", "ok")), "not plainly either");
    }

    /** "sad" typed instead of tapped, or a mood said outright, gets a card for it; it is no correction of a read. */
    @Test
    void aMoodTypedInWordsGetsACardForIt() {
        for (String[] typed : new String[][] {{"sad", "Got it: sad. Line for sad."}, {"I'm feeling really happy!",
                "Got it: happy. Line for happy."}, {"Sad, please", "Got it: sad. Line for sad."},
                {"Estoy un poco triste", "Entendido: tristeza. Línea para sad."},
                {"tengo miedo", "Entendido: miedo. Línea para fear."}, {"¡Qué asco!", "Entendido: asco. Línea para disgust."}}) {
            List<Reply> replies = conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "typer " + typed[0], "m",
                    typed[0]));
            assertEquals(typed[1], ((Reply.Text) replies.get(0)).text(), typed[0]);
            assertInstanceOf(Reply.Card.class, replies.get(1), typed[0]);
            List<String> offers = payloads(replies.get(1));
            assertEquals(typed[1].startsWith("Entendido"), offers.get(offers.size() - 1).equals("LANG|es"),
                    "a card in Spanish for someone who chose no language offers to keep it: " + offers);
        }
        verify(recommender).recommend(eq(Channel.MESSENGER), eq(ids.hash(Channel.MESSENGER, "typer tengo miedo")), eq(Emotion.FEAR),
                eq(Category.FILM));
        assertTrue(corrections.snapshot().isEmpty(), "no read was corrected");
        for (String notOne : List.of("not happy", "I was sad yesterday but now I want a film", "I'm down")) {
            assertEquals(List.of(withKinds(EN, EN.sendSelfie())),
                    conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "typer", "m", notOne)), notOne);
        }
    }

    /** "a sad film" gets that card; "a film" alone gets the moods, each leading to a film. */
    @Test
    void aKindOfSuggestionTypedGetsItsCardOrTheMoodsToPickFrom() {
        List<Reply> sadFilm = conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asker", "m", "a sad film"));
        assertEquals("A film for when you feel sad. Line for sad.", ((Reply.Text) sadFilm.get(0)).text());
        assertInstanceOf(Reply.Card.class, sadFilm.get(1));
        verify(recommender).recommend(eq(Channel.MESSENGER), eq(ids.hash(Channel.MESSENGER, "asker")), eq(Emotion.SAD),
                eq(Category.FILM));

        Reply.Text greeting = (Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asker", "m",
                "hello")).get(0);
        assertEquals(List.of("🎬 A film", "🎵 A song", "🍜 A dish", "📍 A place"),
                greeting.quickReplies().stream().map(Reply.QuickReply::title).toList(), "for someone with no selfie");
        assertEquals(List.of("BROWSE|film", "BROWSE|song", "BROWSE|food", "BROWSE|place"), payloads(greeting));
        Reply.Text moods = (Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asker", "m",
                "Give me a song")).get(0);
        assertEquals(List.of(moods), conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "asker", "m",
                "BROWSE|song")), "its button asks the same");
        assertEquals("Sure, a song! For which mood? Pick one, or send me a selfie and I'll read yours.", moods.text());
        assertEquals(List.of("😄 Happy", "😢 Sad", "😐 Calm", "😮 Surprised", "😠 Angry", "😨 Scared", "🤢 Disgusted"),
                moods.quickReplies().stream().map(Reply.QuickReply::title).toList(), "the everyday moods first");
        assertEquals("BROWSE|song|happy", payloads(moods).get(0));
        List<Reply> picked = conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "asker", "m", "BROWSE|song|happy"));
        assertEquals("A song for when you feel happy. Line for happy.", ((Reply.Text) picked.get(0)).text(),
                "as a typed \"happy song\" is");
        Reply song = picked.get(1);
        assertInstanceOf(Reply.Card.class, song);
        verify(recommender).recommend(eq(Channel.MESSENGER), anyString(), eq(Emotion.HAPPY), eq(Category.SONG));
        for (Reply given : List.of(sadFilm.get(1), song)) {
            assertEquals("MORE|", payloads(given).get(0).substring(0, 5));
            assertTrue(payloads(given).stream().allMatch(p -> p.endsWith("|given")),
                    "a mood the person gave is not the bot's to be told it got wrong: " + payloads(given));
        }
        assertTrue(corrections.snapshot().isEmpty(), "no read was corrected");
    }

    /**
     * Someone who writes in Spanish and chose no language is answered in Spanish afterwards, taps, stickers and
     * photos included, until they write plainly in English; a language chosen stands over either.
     */
    @Test
    void aPersonIsAnsweredInTheLanguageTheyLastWroteInUntilTheyChooseOne() throws Exception {
        Phrases es = Phrases.of(Language.ES);
        Reply.Text moods = (Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "psid", "m",
                "recomiéndame un sitio")).get(0);
        assertEquals(es.moodFor(Category.PLACE), moods.text());
        assertEquals(List.of("BROWSE|place|happy", "LANG|es"), List.of(payloads(moods).get(0), payloads(moods).get(7)));
        Reply.Card card = (Reply.Card) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m",
                "BROWSE|place|happy")).get(1);
        assertEquals("Un oso amable.", card.subtitle());
        assertEquals("Un oso amable.", ((Reply.Card) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER,
                "psid", "m", payloads(card).get(1))).get(0)).subtitle(), "two buttons down");
        assertEquals(List.of(withKinds(es, es.sticker())), conversation.handle(new InboundEvent.Sticker(Channel.MESSENGER,
                "psid", "m")));
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.SAD, 0.82f, 1));
        assertTrue(((Reply.Text) photo().get(0)).text().startsWith("Veo tristeza"), "a photo too");
        String person = ids.hash(Channel.MESSENGER, "psid");
        assertEquals(new LanguagePreferences.Kept(Optional.empty(), Optional.of(Language.ES)), languages.kept(person),
                "none chosen; the one written in kept");

        Reply.Text english = (Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "psid", "m",
                "thanks, a film please")).get(0);
        assertEquals(EN.moodFor(Category.FILM), english.text());
        assertEquals("LANG|en", payloads(english).get(7), "offered when it changed");
        assertTrue(((Reply.Text) photo().get(0)).text().startsWith("You look sad"));
        assertEquals(new LanguagePreferences.Kept(Optional.empty(), Optional.empty()), languages.kept(person),
                "back to the default, nothing is kept");

        conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m", "LANG|es"));
        assertEquals(es.moodFor(Category.FILM), ((Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER,
                "psid", "m", "a film please")).get(0)).text(), "a language chosen stands");
    }

    /**
     * Asking for the language in words offers both, in the words it was asked in; naming one chooses it; sentences
     * about erasing are asked first.
     */
    @Test
    void theLanguageAskedForInWordsIsOfferedAndSpanishSentencesAboutErasingAreAskedFirst() {
        Phrases es = Phrases.of(Language.ES);
        Reply.Text offer = (Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "new", "m", "idioma"))
                .get(0);
        assertEquals(es.chooseLanguage(), offer.text());
        assertEquals(List.of("LANG|en", "LANG|es"), payloads(offer));
        assertEquals(EN.chooseLanguage(), ((Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "new",
                "m", "Change the language")).get(0)).text());
        for (String ask : List.of("¿Hablas español?", "español", "Can you speak Spanish?", "háblame en español")) {
            assertEquals(es.languageSet(), ((Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER,
                    "named-" + ask, "m", ask)).get(0)).text(), ask);
            assertEquals(Optional.of(Language.ES), languages.kept(ids.hash(Channel.MESSENGER, "named-" + ask)).chosen());
        }
        assertEquals(EN.languageSet(), ((Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER,
                "named-english", "m", "speak English please")).get(0)).text());
        for (String ask : List.of("¿Cómo borro mis datos?", "¿Borro mis datos?", "Quiero que borres mis datos")) {
            Reply.Text question = (Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asker",
                    "m", ask)).get(0);
            assertEquals(es.confirmForget(), question.text(), ask);
            assertEquals(List.of("FORGET|es"), payloads(question), "its language, and no offer to keep one");
        }
        assertEquals(new LanguagePreferences.Kept(Optional.empty(), Optional.empty()),
                languages.kept(ids.hash(Channel.MESSENGER, "asker")), "asking how to be forgotten keeps nothing");
        assertEquals(List.of(new Reply.Text(es.forgotten(false, false))), conversation.handle(new InboundEvent.Choice(
                Channel.MESSENGER, "asker", "m", "FORGET|es")), "the button answers in the question's language");
    }

    /** A sentence that mentions erasing gets a question with one button; only the button erases. */
    @Test
    void aSentenceAboutForgettingIsAskedFirstAndTheButtonForgets() {
        conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "asker", "m1", "LANG|en"));
        Reply.Text question = (Reply.Text) conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "asker", "m2",
                "how do I delete my data?")).get(0);
        assertEquals(EN.confirmForget(), question.text());
        assertEquals(List.of("FORGET|en"), payloads(question));
        assertTrue(languages.kept(ids.hash(Channel.MESSENGER, "asker")).chosen().isPresent(), "nothing erased yet");
        assertEquals(List.of(new Reply.Text(EN.forgotten(false, true))),
                conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "asker", "m3", "FORGET|en")));
        assertTrue(languages.kept(ids.hash(Channel.MESSENGER, "asker")).chosen().isEmpty(), "the language choice went");
    }

    @Test
    void quickRepliesRoundTrip() {
        Reply.Card more = (Reply.Card) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", "CAT|happy|song")).get(0);
        assertEquals("Listen", more.buttonTitle());
        verify(recommender).recommend(Channel.MESSENGER, ids.hash(Channel.MESSENGER, "p"), Emotion.HAPPY, Category.SONG);

        Reply.Text pick = (Reply.Text) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", "WRONG|happy")).get(0);
        assertEquals(6, pick.quickReplies().size());
        assertTrue(payloads(pick).contains("MOOD|sad|happy"), payloads(pick).toString());

        List<Reply> chosen = conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", "MOOD|sad|happy"));
        assertEquals("Got it: sad. Line for sad.", ((Reply.Text) chosen.get(0)).text());
        assertInstanceOf(Reply.Card.class, chosen.get(1));
        assertEquals(1, corrections.count(Emotion.HAPPY, Emotion.SAD));
        verify(recommender).recommend(eq(Channel.MESSENGER), eq(ids.hash(Channel.MESSENGER, "p")), eq(Emotion.SAD), eq(Category.FILM));
    }

    @Test
    void aMoodPickedUnderACardOfAnotherKindGetsACardOfThatKind() {
        Reply.Card song = (Reply.Card) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", "CAT|happy|song")).get(0);
        String wrong = song.quickReplies().get(song.quickReplies().size() - 1).payload();
        assertEquals("WRONG|happy|song", wrong);
        Reply.Text pick = (Reply.Text) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", wrong)).get(0);
        assertTrue(payloads(pick).contains("MOOD|sad|happy|song"), payloads(pick).toString());
        List<Reply> chosen = conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", "MOOD|sad|happy|song"));
        assertEquals("Got it: sad. Line for sad.", ((Reply.Text) chosen.get(0)).text());
        assertEquals("Listen", ((Reply.Card) chosen.get(1)).buttonTitle());
        verify(recommender).recommend(Channel.MESSENGER, ids.hash(Channel.MESSENGER, "p"), Emotion.SAD, Category.SONG);
        assertEquals(1, corrections.count(Emotion.HAPPY, Emotion.SAD));
    }

    @Test
    void aListShownWholeSaysItStartsAgainBeforeItsNextCard() {
        when(recommender.recommend(any(), anyString(), any(), any())).thenAnswer(inv -> Optional.of(new Recommendation(
                inv.getArgument(2), inv.getArgument(3), new CatalogItem("again", inv.getArgument(3), Localized.same("Again"),
                Localized.same("Once more."), Set.of(Emotion.SAD), 1, Localized.same("https://example.com/again"),
                Optional.empty(), List.of()), true)));
        List<Reply> replies = conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", "MORE|sad|film"));
        assertEquals(new Reply.Text("That's every film I have for this mood, so some may come round again."),
                replies.get(0));
        assertEquals("Again", ((Reply.Card) replies.get(1)).title());
        assertEquals(2, replies.size());
    }

    @Test
    void aNotMyMoodPickOnTheWebPageIsCountedApartFromMessengers() {
        conversation.handle(new InboundEvent.Choice(Channel.WEB, "session-1", "m", "MOOD|sad|happy"));
        conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", "MOOD|fear|angry"));
        var report = usage.report(1, id -> null);
        assertEquals(1, report.webCorrections()[Emotion.HAPPY.ordinal()][Emotion.SAD.ordinal()]);
        assertEquals(0, report.corrections()[Emotion.HAPPY.ordinal()][Emotion.SAD.ordinal()]);
        assertEquals(1, report.corrections()[Emotion.ANGRY.ordinal()][Emotion.FEAR.ordinal()]);
        assertEquals(0, corrections.count(Emotion.HAPPY, Emotion.SAD), "/admin/status and the metric: Messenger's only");
    }

    @Test
    void photosAndCardsOnTheWebPageAreCountedApartToo() throws Exception {
        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.SAD, 0.82f, 1));
        photo();
        conversation.handle(new InboundEvent.Photo(Channel.WEB, "session-1", "m2", List.of(URL)));
        conversation.handle(new InboundEvent.Choice(Channel.WEB, "session-1", "m3", "MORE|sad|film"));
        var channels = usage.report(1, id -> null).channels();
        assertEquals(new ChannelFigures("messenger", 1, 1, 1, 0, 0, 0), channels.get(0));
        assertEquals(new ChannelFigures("web", 1, 1, 2, 0, 0, 0), channels.get(1));
    }

    @Test
    void getStartedGreetsAndUnknownPayloadsAreOldButtons() {
        assertEquals(List.of(withKinds(EN, EN.greeting())), conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", "GET_STARTED")));
        assertEquals(List.of(new Reply.Text(EN.oldButton())), conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", "MORE|sad")));
        assertEquals(List.of(new Reply.Text(EN.oldButton())), conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "p", "m", "<script>")));
        assertTrue(corrections.snapshot().isEmpty());
    }

    @Test
    void anInstagramPersonsLanguageAndPicksAreKeptApartFromMessengersWithTheSameId() {
        conversation.handle(new InboundEvent.Choice(Channel.INSTAGRAM, "42", "m1", "LANG|es"));
        assertEquals(List.of(withKinds(Phrases.of(Language.ES), Phrases.of(Language.ES).greeting())),
                conversation.handle(new InboundEvent.Text(Channel.INSTAGRAM, "42", "m2", "hola")), "remembered on Instagram");
        assertEquals(List.of(withKinds(EN, EN.greeting())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "42", "m3", "hi")), "Messenger's 42 is someone else");

        conversation.handle(new InboundEvent.Choice(Channel.INSTAGRAM, "42", "m4", "MOOD|sad|happy"));
        var channels = usage.report(1, id -> null).channels();
        assertEquals(new ChannelFigures("instagram", 0, 0, 1, 0, 1, 0), channels.get(2));
        assertEquals(new ChannelFigures("messenger", 0, 0, 0, 0, 0, 0), channels.get(0));
        assertEquals(1, corrections.count(Emotion.HAPPY, Emotion.SAD), "/admin/status and the metric: Instagram's too");
    }

    @Test
    void aPersonWhoPicksEspanolGetsEveryLaterReplyInSpanish() throws Exception {
        Reply.Text menu = (Reply.Text) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m0", "LANGUAGE")).get(0);
        assertEquals(List.of("English", "Español"), menu.quickReplies().stream().map(Reply.QuickReply::title).toList());
        assertEquals(Phrases.of(Language.ES).chooseLanguage(), ((Reply.Text) conversation.handle(new InboundEvent.Choice(
                Channel.MESSENGER, "psid", "m0", "LANGUAGE|es")).get(0)).text(), "the Spanish menu's item asks in Spanish");
        assertTrue(languages.kept(ids.hash(Channel.MESSENGER, "psid")).chosen().isEmpty(), "asking which keeps none");
        assertEquals(List.of(withKinds(Phrases.of(Language.ES), Phrases.of(Language.ES).languageSet())),
                conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m1", menu.quickReplies().get(1).payload())));

        when(fetcher.fetch(URL)).thenReturn(PHOTO);
        when(analyzer.analyze(PHOTO)).thenReturn(faces(Emotion.SAD, 0.82f, 1));
        List<Reply> replies = photo();
        assertEquals("Veo tristeza en tu cara (con un 82\u00A0% de seguridad). Línea para sad.", ((Reply.Text) replies.get(0)).text());
        Reply.Card card = (Reply.Card) replies.get(1);
        assertEquals("Un oso amable.", card.subtitle());
        assertEquals("Buscar la película", card.buttonTitle());
        assertEquals(List.of("🔁 Otra idea", "🎵 Una canción", "🍜 Un plato", "📍 Un sitio", "🤔 No me siento así"),
                card.quickReplies().stream().map(Reply.QuickReply::title).toList());
        Reply.Text pick = (Reply.Text) conversation.handle(new InboundEvent.Choice(Channel.MESSENGER, "psid", "m2", "WRONG|sad")).get(0);
        assertEquals("😄 Alegría", pick.quickReplies().get(0).title());
        assertEquals(List.of(withKinds(Phrases.of(Language.ES), Phrases.of(Language.ES).greeting())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "psid", "m3", "hola")));
        assertEquals(List.of(withKinds(EN, EN.greeting())),
                conversation.handle(new InboundEvent.Text(Channel.MESSENGER, "someone-else", "m4", "hi")), "others keep the default");
        assertEquals(List.of(withKinds(Phrases.of(Language.ES), Phrases.of(Language.ES).greeting())),
                conversation.handle(new InboundEvent.Text(Channel.WEB, "someone-else", "m5", "hi"), Optional.of(Language.ES)),
                "a channel may ask for a language on one request (the web page)");
    }

    @Test
    void quickRepliesAndButtonsFitMessengerInEveryLanguage() {
        for (Language language : Language.values()) {
            Phrases say = Phrases.of(language);
            List<String> quick = new java.util.ArrayList<>(List.of(say.another(), say.notMyMood(), say.somethingElse(),
                    say.keepLanguage(), say.forgetButton()));
            for (Category c : Category.values()) {
                quick.add(say.categoryTitle(c));
                assertTrue(say.button(c).codePointCount(0, say.button(c).length()) <= 20, say.button(c));
            }
            for (Emotion e : Emotion.values()) {
                quick.add(say.title(e));
            }
            quick.forEach(q -> assertTrue(q.codePointCount(0, q.length()) <= 20, language + ": " + q));
            for (String menu : List.of(say.menuHelp(), say.menuLanguage(), say.menuStartOver())) {
                assertTrue(menu.length() <= 30, menu);
            }
        }
    }

    @Test
    void everyKindOfEventAndPayloadNeedsExactlyOneHandler() {
        IllegalStateException events = assertThrows(IllegalStateException.class,
                () -> new Conversation(List.of(new TextEventHandler(null, null, null, null, null, null), new StickerEventHandler()), ids, languages,
                        new DefaultLanguageConfig("en")));
        assertTrue(events.getMessage().startsWith("no handler for "), events.getMessage());
        IllegalStateException payloads = assertThrows(IllegalStateException.class,
                () -> new ChoiceEventHandler(List.of(new HelpHandler(), new GetStartedHandler()), MoodbotMetrics.none(),
                        new MenuLanguage(languages)));
        assertTrue(payloads.getMessage().startsWith("no handler for payload "), payloads.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> new Conversation(List.of(new TextEventHandler(null, null, null, null, null, null), new TextEventHandler(null, null, null, null, null, null)), ids, languages,
                        new DefaultLanguageConfig("en")));
        assertEquals("two handlers for Text", twice.getMessage());
        @SuppressWarnings("rawtypes")
        EventHandler unnamed = (turn, event) -> List.of();
        IllegalStateException raw = assertThrows(IllegalStateException.class,
                () -> new Conversation(List.of(unnamed), ids, languages, new DefaultLanguageConfig("en")));
        assertTrue(raw.getMessage().endsWith("does not name the kind of EventHandler it handles"), raw.getMessage());
    }
}
