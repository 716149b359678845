package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;

/**
 * An item picked for a mood, with the category it came from; {@code startedOver}: the person had been shown every
 * item of that list, so it starts again.
 */
public record Recommendation(Emotion mood, Category category, CatalogItem item, boolean startedOver) {

    public Recommendation(Emotion mood, Category category, CatalogItem item) {
        this(mood, category, item, false);
    }
}
