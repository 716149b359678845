package com.moodbot.bench;

import com.moodbot.recommend.learning.LearningConfig;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Cumulative taps and regret of the learning recommender (Thompson sampling) against today's weighted
 * random pick, on a seeded simulation with known tap probabilities ({@link SimulatedCatalog}).
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Simulated taps: the learning recommender against the weighted random pick.")
public final class RecommendBench implements Callable<Integer> {

    @Option(names = "--cards", defaultValue = "100000",
            description = "cards shown per recommender (default ${DEFAULT-VALUE})")
    int cards;

    @Option(names = "--seed", defaultValue = "1",
            description = "seed of people, taps and the bandit's draws (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--people", defaultValue = "50000",
            description = "people the cards go to, at random (default ${DEFAULT-VALUE})")
    int people;

    /** MOODBOT_LEARNING_* as the service reads them; learning on whatever MOODBOT_LEARNING_ENABLED says. */
    @Inject
    LearningConfig config;

    @Override
    public Integer call() {
        List<Integer> checkpoints = new ArrayList<>();
        for (int c : new int[] {1_000, 10_000, 50_000}) {
            if (c < cards) {
                checkpoints.add(c);
            }
        }
        checkpoints.add(cards);
        RecommendSimulation simulation = new RecommendSimulation(cards, people, seed, config.withEnabled(true));
        long t0 = System.nanoTime();
        RecommendSimulation.Outcome weighted = simulation.run(false, checkpoints);
        RecommendSimulation.Outcome bandit = simulation.run(true, checkpoints);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "bench recommend: %,d cards each, 12 happy films (3 tapped at %.0f%%, 9 at %.0f%%, "
                        + "weights unrelated), %,d people, seed %d, half-life %s, %d s per card%n", cards,
                100 * SimulatedCatalog.BETTER, 100 * SimulatedCatalog.WORSE, people, seed, days(config),
                RecommendSimulation.PER_CARD.toSeconds());
        System.out.printf(Locale.ROOT, "%10s  %16s %10s  %16s %10s%n", "cards", "weighted taps", "regret", "bandit taps", "regret");
        for (int i = 0; i < checkpoints.size(); i++) {
            System.out.printf(Locale.ROOT, "%,10d  %,16d %,10.0f  %,16d %,10.0f%n", checkpoints.get(i), weighted.taps()[i],
                    weighted.regret()[i], bandit.taps()[i], bandit.regret()[i]);
        }
        int last = checkpoints.size() - 1;
        double ratio = (double) bandit.taps()[last] / Math.max(1, weighted.taps()[last]);
        System.out.printf(Locale.ROOT, "bandit / weighted taps: %.2fx (floor 1.3x: %s)%n", ratio, ratio >= 1.3 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "longest run between two shows of one item: weighted %,d cards, bandit %,d cards "
                + "(floor %,d: %s)%n", weighted.longestGap(), bandit.longestGap(), config.floorCards(),
                bandit.longestGap() <= config.floorCards() ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "bandit shows per item: %s%n", SimulatedCatalog.items().stream()
                .map(i -> i.id() + (SimulatedCatalog.tapProbability(i.id()) == SimulatedCatalog.BETTER ? "*" : "") + " "
                        + bandit.shows().getOrDefault(i.id(), 0L)).collect(Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "%.1f s for both runs%n", seconds);
        return 0;
    }

    private static String days(LearningConfig config) {
        long hours = config.halfLife().toHours();
        return hours % 24 == 0 ? hours / 24 + " days" : config.halfLife().toString();
    }
}
