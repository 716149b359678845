package com.moodbot.recommend.learning;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How recommendations learn from taps (MOODBOT_LEARNING_*). Counts of shows and taps halve every
 * {@code halfLife}. An item of catalog weight {@code w} starts from the prior
 * Beta(priorCards * priorTapRate * w, priorCards * (1 - priorTapRate)): {@code priorCards} cards'
 * worth of belief that it is tapped at {@code priorTapRate} times its weight. Every item is shown at
 * least once per {@code floorCards} cards of its mood and category (pins aside).
 */
@ConfigurationProperties("moodbot.learning")
public record LearningConfig(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "14d") Duration halfLife,
        @Bindable(defaultValue = "1000") int floorCards,
        @Bindable(defaultValue = "20") double priorCards,
        @Bindable(defaultValue = "0.05") double priorTapRate) {

    public LearningConfig {
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("MOODBOT_LEARNING_HALF_LIFE must be positive, not " + halfLife);
        }
        if (floorCards < 2) {
            throw new IllegalArgumentException("MOODBOT_LEARNING_FLOOR_CARDS must be at least 2, not " + floorCards);
        }
        if (!(priorCards > 0) || !(priorTapRate > 0 && priorTapRate < 1)) {
            throw new IllegalArgumentException("MOODBOT_LEARNING_PRIOR_CARDS must be positive and "
                    + "MOODBOT_LEARNING_PRIOR_TAP_RATE between 0 and 1");
        }
    }

    /** These settings with learning on or off. */
    public LearningConfig withEnabled(boolean on) {
        return new LearningConfig(on, halfLife, floorCards, priorCards, priorTapRate);
    }

    /** What is left of a count after {@code elapsedMillis}: 0.5 per half-life. */
    public double decay(long elapsedMillis) {
        return elapsedMillis <= 0 ? 1 : Math.pow(0.5, (double) elapsedMillis / halfLife.toMillis());
    }

    /** An item not shown for this many cards of its list is shown next: at most one floor apart. */
    public long dueAfterCards() {
        return floorCards / 2;
    }

    public BetaPosterior posterior(double weight, ItemCounts counts) {
        return new BetaPosterior(priorCards * priorTapRate * weight + counts.taps(),
                priorCards * (1 - priorTapRate) + Math.max(0, counts.shows() - counts.taps()));
    }
}
