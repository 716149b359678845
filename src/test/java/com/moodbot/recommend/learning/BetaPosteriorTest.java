package com.moodbot.recommend.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BetaPosteriorTest {

    private static final LearningConfig CONFIG = new LearningConfig(true, Duration.ofDays(14), 1000, 20, 0.05);

    @Test
    void quantilesMatchClosedForms() {
        assertEquals(0.05, new BetaPosterior(1, 1).quantile(0.05), 1e-9, "uniform");
        assertEquals(0.5, new BetaPosterior(2, 2).quantile(0.5), 1e-9, "symmetric");
        // Beta(1, b): CDF 1 - (1 - x)^b
        assertEquals(1 - Math.pow(0.05, 1.0 / 19), new BetaPosterior(1, 19).quantile(0.95), 1e-9);
        assertEquals(1 - Math.pow(0.95, 1.0 / 19), new BetaPosterior(1, 19).quantile(0.05), 1e-9);
    }

    @Test
    void samplesAverageToTheMeanWithASeededSource() {
        SplittableRandom random = new SplittableRandom(7);
        for (BetaPosterior b : new BetaPosterior[] {new BetaPosterior(0.5, 0.5), new BetaPosterior(3, 40),
                new BetaPosterior(120, 900)}) {
            double sum = 0;
            for (int i = 0; i < 40_000; i++) {
                sum += b.sample(random);
            }
            assertEquals(b.mean(), sum / 40_000, 0.006, b.toString());
        }
    }

    @Test
    void thePriorIsTheWeightTimesThePriorRateInPseudoCardsAndTapsMoveIt() {
        BetaPosterior plain = CONFIG.posterior(1, ItemCounts.NONE);
        assertEquals(1, plain.alpha(), 1e-12, "20 cards x 5% x weight 1");
        assertEquals(19, plain.beta(), 1e-12, "20 cards x 95%");
        assertEquals(2, CONFIG.posterior(2, ItemCounts.NONE).alpha(), 1e-12, "twice the weight, twice the pseudo-taps");
        BetaPosterior learned = CONFIG.posterior(1, new ItemCounts(100, 30, 5));
        assertEquals(31, learned.alpha(), 1e-12);
        assertEquals(89, learned.beta(), 1e-12);
        assertTrue(learned.quantile(0.05) > plain.quantile(0.95), "30 taps in 100 cards is clearly above 5%");
    }
}
