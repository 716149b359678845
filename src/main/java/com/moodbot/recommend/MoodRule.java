package com.moodbot.recommend;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Localized;
import java.util.List;

/** Policy for one detected emotion: which catalog moods to draw from, categories in offer order, what to say. */
public record MoodRule(List<Emotion> drawFrom, List<Category> categories, Localized line) {
    public MoodRule {
        drawFrom = List.copyOf(drawFrom);
        categories = List.copyOf(categories);
    }
}
