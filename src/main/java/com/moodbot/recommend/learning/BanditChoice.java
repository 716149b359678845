package com.moodbot.recommend.learning;

import com.moodbot.emotion.Emotion;
import com.moodbot.logging.LogThrottle;
import com.moodbot.recommend.CatalogItem;
import com.moodbot.recommend.Category;
import com.moodbot.recommend.ItemChoice;
import com.moodbot.recommend.WeightedChoice;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thompson sampling on tap-through per (mood, category, item): each unseen item draws a tap-through
 * from its Beta posterior and the highest draw is shown. Before that, the exploration floor: an item
 * not shown for {@link LearningConfig#dueAfterCards()} cards of its list is shown (the longest waiting
 * first). Where the policy turns learning off, or the counts cannot be read, the weighted pick.
 */
public final class BanditChoice implements ItemChoice {

    private static final Logger LOG = LoggerFactory.getLogger(BanditChoice.class);
    private final TapThroughStore store;
    private final LearningConfig config;
    private final RandomGenerator random;
    private final WeightedChoice weighted;
    private final LogThrottle warnings = new LogThrottle(Duration.ofSeconds(10));

    public BanditChoice(TapThroughStore store, LearningConfig config, RandomGenerator random) {
        this.store = store;
        this.config = config;
        this.random = random;
        this.weighted = new WeightedChoice(random);
    }

    @Override
    public CatalogItem choose(Emotion mood, Category category, boolean learning, List<CatalogItem> fresh) {
        if (!learning || !config.enabled()) {
            return weighted.choose(mood, category, learning, fresh);
        }
        LearnedCounts counts;
        try {
            counts = store.read(mood, category);
        } catch (RuntimeException e) {
            warnings.warn(LOG, "read", "Learned counts unavailable ({}); weighted pick instead",
                    e.getClass().getSimpleName());
            return weighted.choose(mood, category, learning, fresh);
        }
        return due(counts, fresh).orElseGet(() -> sampled(counts, fresh));
    }

    @Override
    public void shown(Emotion mood, Category category, CatalogItem item) {
        store.shown(mood, category, item.id());
    }

    private Optional<CatalogItem> due(LearnedCounts counts, List<CatalogItem> fresh) {
        return fresh.stream().filter(i -> counts.cardsSinceShown(i.id()) >= config.dueAfterCards())
                .max(Comparator.comparingLong(i -> counts.cardsSinceShown(i.id())));
    }

    private CatalogItem sampled(LearnedCounts counts, List<CatalogItem> fresh) {
        CatalogItem best = fresh.get(0);
        double top = -1;
        for (CatalogItem item : fresh) {
            double draw = config.posterior(item.weight(), counts.item(item.id())).sample(random);
            if (draw > top) {
                top = draw;
                best = item;
            }
        }
        return best;
    }
}
