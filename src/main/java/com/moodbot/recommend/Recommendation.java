package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;

/**
 * An item picked for a mood, with the category it came from; {@code startedOver}: the person had been shown every
 * item of that list (of more than one), so it starts again.
 */
public record Recommendation(Emotion mood, Category category, CatalogItem item, boolean startedOver) {
}
