package com.moodbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.Application;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import com.moodbot.recommend.learning.LearningConfig;
import org.junit.jupiter.api.Test;

/** {@code bench recommend}'s floors on a shorter seeded run, and the command's wiring. */
class RecommendBenchTest {

    @Test
    void theBanditBeatsTheWeightedPickAndStillShowsEveryItemOncePerThousandCards() {
        LearningConfig config = new LearningConfig(true, Duration.ofDays(14), 1000, 20, 0.05);
        RecommendSimulation simulation = new RecommendSimulation(20_000, 50_000, 5, config);
        RecommendSimulation.Outcome weighted = simulation.run(false, List.of(20_000));
        RecommendSimulation.Outcome bandit = simulation.run(true, List.of(20_000));
        assertTrue(bandit.taps()[0] >= 1.3 * weighted.taps()[0], bandit.taps()[0] + " vs " + weighted.taps()[0]);
        assertTrue(bandit.regret()[0] < weighted.regret()[0] / 3, bandit.regret()[0] + " vs " + weighted.regret()[0]);
        assertTrue(bandit.longestGap() <= 1_000, "longest gap " + bandit.longestGap());
        assertEquals(12, bandit.shows().size());
    }

    @Test
    void theCommandPrintsBothRecommendersAndTheFloors() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = Application.run("bench", "recommend", "--cards", "3000", "--seed", "2");
        } finally {
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        assertTrue(text.contains("3,000 cards each") && text.contains("half-life 14 days"), text);
        assertTrue(text.contains("bandit / weighted taps:") && text.contains("longest run between two shows"), text);
    }
}
