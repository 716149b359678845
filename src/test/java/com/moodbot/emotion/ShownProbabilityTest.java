package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShownProbabilityTest {

    @Test
    void theReplysPercentIsRoundedFromTheFourDecimalsThePageShows() {
        assertEquals(0.705f, ShownProbability.fourDecimals(0.70499f));
        assertEquals(71, ShownProbability.percent(0.70499f), "as the page writes 0.705: 71 %, not 70");
        assertEquals(70, ShownProbability.percent(0.70494f));
        assertEquals(0, ShownProbability.percent(0.00494f));
        assertEquals(1, ShownProbability.percent(0.00496f), "0.005: half up");
        assertEquals(100, ShownProbability.percent(1f));
    }

    @Test
    void everyPercentIsTheFourDecimalsTimesAHundredRoundedHalfUp() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            float p = random.nextFloat();
            // the page's Intl.NumberFormat reads the JSON's decimal text, so decimal arithmetic stands for it here
            BigDecimal shown = new BigDecimal(Float.toString(ShownProbability.fourDecimals(p)));
            int expected = shown.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
            assertEquals(expected, ShownProbability.percent(p), () -> "p = " + p);
        }
    }
}
