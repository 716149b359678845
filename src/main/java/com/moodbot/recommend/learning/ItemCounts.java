package com.moodbot.recommend.learning;

/**
 * One item's decayed shows and taps in one mood and category, and the number of the card of that
 * list that last showed it (0: never).
 */
public record ItemCounts(double shows, double taps, long lastCard) {

    public static final ItemCounts NONE = new ItemCounts(0, 0, 0);
}
