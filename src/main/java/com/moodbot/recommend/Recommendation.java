package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;

/** An item picked for a mood, with the category it came from. */
public record Recommendation(Emotion mood, Category category, CatalogItem item) {
}
