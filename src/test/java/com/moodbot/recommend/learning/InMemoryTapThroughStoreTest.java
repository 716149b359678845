package com.moodbot.recommend.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.bench.ManualClock;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryTapThroughStoreTest {

    private final ManualClock clock = LearningFixtures.clock();
    private final TapThroughStore store = new InMemoryTapThroughStore(clock,
            new LearningConfig(true, Duration.ofDays(14), 1000, 20, 0.05));

    @Test
    void showsAndTapsAreCountedPerMoodCategoryAndItem() {
        store.shown(Emotion.SAD, Category.FILM, "a");
        store.shown(Emotion.SAD, Category.FILM, "b");
        store.shown(Emotion.SAD, Category.FILM, "a");
        store.tapped(Emotion.SAD, Category.FILM, "a");
        store.shown(Emotion.HAPPY, Category.FILM, "a");
        LearnedCounts sad = store.read(Emotion.SAD, Category.FILM);
        assertEquals(new ItemCounts(2, 1, 3), sad.item("a"));
        assertEquals(new ItemCounts(1, 0, 2), sad.item("b"));
        assertEquals(3, sad.cards());
        assertEquals(1, sad.cardsSinceShown("b"));
        assertEquals(3, sad.cardsSinceShown("never"), "never shown: every card of the list");
        assertEquals(1, store.read(Emotion.HAPPY, Category.FILM).item("a").shows());
        assertEquals(LearnedCounts.NONE, store.read(Emotion.HAPPY, Category.SONG));
    }

    @Test
    void countsHalveEveryHalfLifeSoTastesCanChange() {
        for (int i = 0; i < 8; i++) {
            store.shown(Emotion.SAD, Category.FILM, "a");
        }
        store.tapped(Emotion.SAD, Category.FILM, "a");
        store.tapped(Emotion.SAD, Category.FILM, "a");
        clock.advance(Duration.ofDays(14));
        ItemCounts one = store.read(Emotion.SAD, Category.FILM).item("a");
        assertEquals(4, one.shows(), 1e-9);
        assertEquals(1, one.taps(), 1e-9);
        store.shown(Emotion.SAD, Category.FILM, "a");
        clock.advance(Duration.ofDays(28));
        ItemCounts three = store.read(Emotion.SAD, Category.FILM).item("a");
        assertEquals(5 / 4.0, three.shows(), 1e-9, "(4 + 1) after two more half-lives");
        assertEquals(1 / 4.0, three.taps(), 1e-9);
        assertEquals(9, three.lastCard(), "card numbers do not decay");
    }
}
