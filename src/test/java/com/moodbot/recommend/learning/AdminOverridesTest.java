package com.moodbot.recommend.learning;

import static com.moodbot.recommend.learning.LearningFixtures.FILM;
import static com.moodbot.recommend.learning.LearningFixtures.MOOD;
import static com.moodbot.recommend.learning.LearningFixtures.catalog;
import static com.moodbot.recommend.learning.LearningFixtures.item;
import static com.moodbot.recommend.learning.LearningFixtures.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.moodbot.channel.Channel;
import com.moodbot.recommend.Catalog;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.ChannelHistories;
import com.moodbot.recommend.InMemoryHistoryStore;
import com.moodbot.recommend.Recommender;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Admins stay in charge: a pin leads whatever was learned, and learning off keeps the weighted pick. */
class AdminOverridesTest {

    private final InMemoryTapThroughStore store = new InMemoryTapThroughStore(LearningFixtures.clock(), LearningFixtures.DEFAULTS);
    private final AtomicReference<Catalog> catalog = new AtomicReference<>();
    private final Recommender recommender = new Recommender(catalog::get, ChannelHistories.shared(
            new InMemoryHistoryStore(10_000)), new BanditChoice(store, LearningFixtures.DEFAULTS, new SplittableRandom(13)));

    private String pick(String person) {
        return recommender.recommend(Channel.MESSENGER, person, MOOD, FILM).orElseThrow().item().id();
    }

    /** "a" looks like the best there is: tapped on every card. */
    private void learnThatAIsBest() {
        for (int i = 0; i < 500; i++) {
            for (String id : new String[] {"a", "b", "pinned", "heavy", "light"}) {
                store.shown(MOOD, FILM, id);
            }
            store.tapped(MOOD, FILM, "a");
        }
    }

    @Test
    void aPinnedItemAlwaysLeadsUnlessThePersonHasSeenIt() {
        List<CatalogItem> items = items("a", "b");
        items.add(item("pinned", 0.5, true));
        catalog.set(catalog(items, true));
        learnThatAIsBest();
        for (int person = 0; person < 200; person++) {
            assertEquals("pinned", pick("p" + person), "first card of person " + person);
            assertEquals("a", pick("p" + person), "then what was learned, for person " + person);
            assertNotEquals("pinned", pick("p" + person), "never the pin again for person " + person);
        }
        catalog.set(catalog(items, false));
        assertEquals("pinned", pick("someone new"), "learning off, the pin still leads");
    }

    @Test
    void learningOffKeepsTheWeightedPickWhateverWasLearned() {
        List<CatalogItem> items = List.of(item("light", 1, false), item("heavy", 3, false));
        learnThatAIsBest();
        for (int i = 0; i < 500; i++) {
            store.tapped(MOOD, FILM, "light");
        }
        catalog.set(catalog(items, false));
        int heavy = 0;
        for (int person = 0; person < 4_000; person++) {
            heavy += pick("q" + person).equals("heavy") ? 1 : 0;
        }
        assertEquals(0.75, heavy / 4_000.0, 0.03, "in proportion to the weights, 1:3, though light was tapped every time");
    }
}
