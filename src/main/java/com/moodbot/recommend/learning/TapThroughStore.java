package com.moodbot.recommend.learning;

import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;

/**
 * Shows and taps per (mood, category, item), decayed with {@link LearningConfig#halfLife()}: in
 * memory, or with REDIS_URI in Redis, so that every instance learns the same. Counting never fails
 * a reply; reading may throw when the store cannot answer.
 */
public interface TapThroughStore {

    void shown(Emotion mood, Category category, String item);

    void tapped(Emotion mood, Category category, String item);

    LearnedCounts read(Emotion mood, Category category);
}
