package com.moodbot.bench;

import com.moodbot.channel.Channel;
import com.moodbot.recommend.Catalog;
import com.moodbot.recommend.ChannelHistories;
import com.moodbot.recommend.InMemoryHistoryStore;
import com.moodbot.recommend.Recommender;
import com.moodbot.recommend.learning.BanditChoice;
import com.moodbot.recommend.learning.InMemoryTapThroughStore;
import com.moodbot.recommend.learning.LearningConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One seeded run of the real {@link Recommender}: each card goes to a person drawn at random from
 * {@code people}, who taps it with the item's known probability; simulated time moves 12 s per card.
 * Regret: what always showing the best item would have been expected to get, less this run's expectation.
 */
record RecommendSimulation(int cards, int people, long seed, LearningConfig config) {

    static final Duration PER_CARD = Duration.ofSeconds(12);

    /** Taps and regret after each checkpoint, and the longest run of cards without some item. */
    record Outcome(long[] taps, double[] regret, long longestGap, Map<String, Long> shows) {
    }

    Outcome run(boolean learning, List<Integer> checkpoints) {
        Catalog catalog = SimulatedCatalog.catalog(learning);
        ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
        InMemoryTapThroughStore learned = new InMemoryTapThroughStore(clock, config);
        Recommender recommender = new Recommender(() -> catalog, ChannelHistories.shared(new InMemoryHistoryStore(people)),
                new BanditChoice(learned, config, new SplittableRandom(seed)));
        SplittableRandom world = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Map<String, Long> lastShown = new HashMap<>();
        Map<String, Long> shows = new HashMap<>();
        SimulatedCatalog.items().forEach(i -> lastShown.put(i.id(), 0L));
        long[] taps = new long[checkpoints.size()];
        double[] regret = new double[checkpoints.size()];
        long tapped = 0;
        double missed = 0;
        long longestGap = 0;
        int next = 0;
        for (long card = 1; card <= cards; card++) {
            clock.advance(PER_CARD);
            String item = recommender.recommend(Channel.MESSENGER, "person-" + world.nextInt(people),
                    SimulatedCatalog.MOOD, SimulatedCatalog.CATEGORY).orElseThrow().item().id();
            double p = SimulatedCatalog.tapProbability(item);
            if (world.nextDouble() < p) {
                tapped++;
                learned.tapped(SimulatedCatalog.MOOD, SimulatedCatalog.CATEGORY, item);
            }
            missed += SimulatedCatalog.BETTER - p;
            longestGap = Math.max(longestGap, card - lastShown.put(item, card));
            shows.merge(item, 1L, Long::sum);
            if (next < checkpoints.size() && card == checkpoints.get(next)) {
                taps[next] = tapped;
                regret[next++] = missed;
            }
        }
        for (long last : lastShown.values()) {
            longestGap = Math.max(longestGap, cards - last);
        }
        return new Outcome(taps, regret, longestGap, shows);
    }
}
