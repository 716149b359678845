package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;
import java.util.List;
import java.util.random.RandomGenerator;

/** The pick without learning: at random, in proportion to each item's catalog {@code weight}. */
public final class WeightedChoice implements ItemChoice {

    private final RandomGenerator random;

    public WeightedChoice(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public CatalogItem choose(Emotion mood, Category category, boolean learning, List<CatalogItem> fresh) {
        double total = fresh.stream().mapToDouble(CatalogItem::weight).sum();
        double r = random.nextDouble() * total;
        for (CatalogItem item : fresh) {
            r -= item.weight();
            if (r < 0) {
                return item;
            }
        }
        return fresh.get(fresh.size() - 1);
    }
}
