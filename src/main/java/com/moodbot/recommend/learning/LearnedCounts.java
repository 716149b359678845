package com.moodbot.recommend.learning;

import java.util.Map;

/** What one mood and category has learned: cards shown in all (never decayed) and per-item counts. */
public record LearnedCounts(long cards, Map<String, ItemCounts> items) {

    public static final LearnedCounts NONE = new LearnedCounts(0, Map.of());

    public LearnedCounts {
        items = Map.copyOf(items);
    }

    public ItemCounts item(String id) {
        return items.getOrDefault(id, ItemCounts.NONE);
    }

    /** Cards of this list since the item was last shown; all of them when it never was. */
    public long cardsSinceShown(String id) {
        return cards - item(id).lastCard();
    }
}
