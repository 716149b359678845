package com.moodbot.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private final Catalog catalog;

    RecommenderTest() throws Exception {
        catalog = new CatalogLoader(Clock.systemUTC()).load(Path.of("recommendations"));
    }

    @Test
    void webSessionsNeitherReachTheMessengerStoreNorEvictItsPeople() {
        HistoryStore messenger = mock(HistoryStore.class);
        Recommender recommender = new Recommender(() -> catalog,
                new ChannelHistories(messenger, new InMemoryHistoryStore(100)), new Random(1));
        for (int i = 0; i < 1_000; i++) {
            recommender.recommend(Channel.WEB, "tab-" + i, Emotion.SAD, Category.FILM);
        }
        verifyNoInteractions(messenger);
        recommender.recommend(Channel.MESSENGER, "1234567890", Emotion.SAD, Category.FILM);
        verify(messenger).markSeen(eq("1234567890"), anyString(), anyString());
    }

    @Test
    void neverRepeatsUntilTheListIsExhaustedThenStartsOver() {
        Recommender recommender = new Recommender(() -> catalog, ChannelHistories.shared(new InMemoryHistoryStore(10)), new Random(3));
        int size = catalog.candidates(Category.FILM, catalog.rule(Emotion.SAD).drawFrom()).size();
        for (int round = 0; round < 3; round++) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < size; i++) {
                Recommendation pick = recommender.recommend(Channel.MESSENGER, "p1", Emotion.SAD, Category.FILM).orElseThrow();
                String id = pick.item().id();
                assertEquals(true, seen.add(id), "repeated " + id + " in round " + round + " after " + i);
                assertEquals(round > 0 && i == 0, pick.startedOver(), "round " + round + ", pick " + i);
            }
            assertEquals(size, seen.size());
        }
    }

    @Test
    void itemsShownUnderAnotherMoodOfTheCategoryComeAfterTheRestOfTheList() {
        Recommender recommender = new Recommender(() -> catalog, ChannelHistories.shared(new InMemoryHistoryStore(10)), new Random(7));
        List<CatalogItem> calm = catalog.candidates(Category.FILM, catalog.rule(Emotion.NEUTRAL).drawFrom());
        List<CatalogItem> surprise = catalog.candidates(Category.FILM, catalog.rule(Emotion.SURPRISE).drawFrom());
        Set<String> shownCalm = new HashSet<>(); // calm films, until one of them is a surprise film too
        while (shownCalm.size() < calm.size() && surprise.stream().noneMatch(i -> shownCalm.contains(i.id()))) {
            shownCalm.add(recommender.recommend(Channel.MESSENGER, "p", Emotion.NEUTRAL, Category.FILM).orElseThrow().item().id());
        }
        long both = surprise.stream().filter(i -> shownCalm.contains(i.id())).count();
        assertTrue(both > 0 && both < surprise.size(), "the shipped lists share some films, not all: " + both);
        List<Boolean> repeats = new java.util.ArrayList<>();
        for (int i = 0; i < surprise.size(); i++) {
            String id = recommender.recommend(Channel.MESSENGER, "p", Emotion.SURPRISE, Category.FILM).orElseThrow().item().id();
            repeats.add(shownCalm.contains(id));
        }
        assertEquals(surprise.size() - both, repeats.indexOf(true), "the films already shown come last: " + repeats);
        assertFalse(repeats.subList((int) (surprise.size() - both), surprise.size()).contains(false), repeats.toString());
    }

    @Test
    void historyIsPerPerson() {
        InMemoryHistoryStore history = new InMemoryHistoryStore(10);
        Recommender recommender = new Recommender(() -> catalog, ChannelHistories.shared(history), new Random(5));
        recommender.recommend(Channel.MESSENGER, "a", Emotion.HAPPY, Category.SONG);
        recommender.recommend(Channel.MESSENGER, "b", Emotion.HAPPY, Category.SONG);
        recommender.recommend(Channel.MESSENGER, "b", Emotion.HAPPY, Category.SONG);
        assertEquals(1, history.seen("a", "song:happy").size());
        assertEquals(2, history.seen("b", "song:happy").size());
        history.erase("b");
        assertEquals(0, history.seen("b", "song:happy").size());
    }

    @Test
    void heavierItemsArePickedMoreOften() {
        int paddington = 0;
        for (int seed = 0; seed < 400; seed++) {
            Recommender r = new Recommender(() -> catalog, ChannelHistories.shared(new InMemoryHistoryStore(1)), new SplittableRandom(seed));
            if (r.recommend(Channel.MESSENGER, "x", Emotion.HAPPY, Category.FILM).orElseThrow().item().id().equals("paddington-2-2017")) {
                paddington++;
            }
        }
        double weightShare = 2.0 / catalog.candidates(Category.FILM, List.of(Emotion.HAPPY)).stream()
                .mapToDouble(CatalogItem::weight).sum();
        assertEquals(weightShare, paddington / 400.0, 0.05);
    }
}
