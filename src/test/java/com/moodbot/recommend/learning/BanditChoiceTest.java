package com.moodbot.recommend.learning;

import static com.moodbot.recommend.learning.LearningFixtures.FILM;
import static com.moodbot.recommend.learning.LearningFixtures.MOOD;
import static com.moodbot.recommend.learning.LearningFixtures.catalog;
import static com.moodbot.recommend.learning.LearningFixtures.item;
import static com.moodbot.recommend.learning.LearningFixtures.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.bench.ManualClock;
import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Catalog;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.ChannelHistories;
import com.moodbot.recommend.InMemoryHistoryStore;
import com.moodbot.recommend.Recommender;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The bandit through the real {@link Recommender}, with seeded random sources and a hand-moved clock. */
class BanditChoiceTest {

    private final ManualClock clock = LearningFixtures.clock();
    private final LearningConfig config = LearningFixtures.DEFAULTS;
    private final InMemoryTapThroughStore store = new InMemoryTapThroughStore(clock, config);
    private final AtomicReference<Catalog> catalog = new AtomicReference<>();
    private final Recommender recommender = new Recommender(catalog::get,
            ChannelHistories.shared(new InMemoryHistoryStore(10_000)), new BanditChoice(store, config, new SplittableRandom(11)));

    private String pick(String person) {
        return recommender.recommend(Channel.MESSENGER, person, MOOD, FILM).orElseThrow().item().id();
    }

    /** {@code cards} cards to new people; "c" is tapped half the time, the rest 2%. Shows per item and longest gap. */
    private Map<String, Long> serve(int cards, SplittableRandom world, Map<String, Long> lastShown, long[] longestGap) {
        Map<String, Long> shows = new HashMap<>();
        for (int i = 0; i < cards; i++) {
            clock.advance(Duration.ofSeconds(10));
            String id = pick("person-" + world.nextLong());
            long card = store.read(MOOD, FILM).cards();
            longestGap[0] = Math.max(longestGap[0], card - lastShown.getOrDefault(id, 0L));
            lastShown.put(id, card);
            shows.merge(id, 1L, Long::sum);
            if (world.nextDouble() < (id.equals("c") ? 0.5 : 0.02)) {
                store.tapped(MOOD, FILM, id);
            }
        }
        return shows;
    }

    @Test
    void tapsTeachItWhichItemToLead() {
        catalog.set(catalog(items("a", "b", "c", "d", "e", "f"), true));
        Map<String, Long> shows = serve(3_000, new SplittableRandom(1), new HashMap<>(), new long[1]);
        assertTrue(shows.get("c") > 0.8 * 3_000, "c, tapped 25x as often, gets most cards: " + shows);
        assertEquals(6, shows.size(), "every item still shown: " + shows);
    }

    @Test
    void everyItemIsShownAtLeastOncePerThousandCards() {
        catalog.set(catalog(items("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), true));
        Map<String, Long> lastShown = new HashMap<>();
        long[] longestGap = new long[1];
        serve(6_000, new SplittableRandom(2), lastShown, longestGap);
        long cards = store.read(MOOD, FILM).cards();
        lastShown.values().forEach(last -> longestGap[0] = Math.max(longestGap[0], cards - last));
        assertEquals(10, lastShown.size());
        assertTrue(longestGap[0] <= config.floorCards(), "longest gap " + longestGap[0]);
    }

    @Test
    void aNewItemIsShownWithinTheFloor() {
        List<CatalogItem> items = items("a", "b", "c", "d");
        catalog.set(catalog(items, true));
        serve(2_000, new SplittableRandom(3), new HashMap<>(), new long[1]);
        items.add(item("new", 1, false));
        catalog.set(catalog(items, true));
        Map<String, Long> lastShown = new HashMap<>();
        for (int n = 1; !lastShown.containsKey("new"); n++) {
            assertTrue(n <= config.dueAfterCards(), "not shown in " + config.dueAfterCards() + " cards");
            serve(1, new SplittableRandom(n), lastShown, new long[1]);
        }
    }

    @Test
    void whenTheCountsCannotBeReadTheWeightedPickAnswers() {
        TapThroughStore broken = new TapThroughStore() {
            @Override
            public void shown(Emotion mood, Category category, String item) {
            }

            @Override
            public void tapped(Emotion mood, Category category, String item) {
            }

            @Override
            public LearnedCounts read(Emotion mood, Category category) {
                throw new IllegalStateException("Redis is down");
            }
        };
        BanditChoice choice = new BanditChoice(broken, config, new SplittableRandom(5));
        assertEquals("only", choice.choose(MOOD, FILM, true, items("only")).id());
    }
}
