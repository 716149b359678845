package com.moodbot.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hours a report covers (hours since the epoch, both ends included) and how its charts bin
 * them: by hour up to {@link #HOURLY_UP_TO} hours; past that by UTC day, whole days back and today
 * so far, so "the last 7 days" is seven bars with today the last.
 */
public record Period(long from, long to, Bin bin) {

    public enum Bin {
        HOUR(1), DAY(24);

        final int hours;

        Bin(int hours) {
            this.hours = hours;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final int HOURLY_UP_TO = 48;
    public static final int LONGEST = 31 * 24;

    /** The last {@code hours} hours up to {@code nowHour}, this hour included, at most {@link #LONGEST}. */
    public static Period last(int hours, long nowHour) {
        int wanted = Math.max(1, Math.min(hours, LONGEST));
        if (wanted <= HOURLY_UP_TO) {
            return new Period(nowHour - wanted + 1, nowHour, Bin.HOUR);
        }
        int days = (wanted + 23) / 24;
        return new Period(startOfDay(nowHour) - (days - 1) * 24L, nowHour, Bin.DAY);
    }

    /**
     * As many hours, earlier: just before for hourly bars; for daily bars as many whole days earlier, so
     * a week that ends in this morning's hours is compared with the week before up to the same hour.
     */
    public Period previous() {
        long shift = bin == Bin.DAY ? (long) binStarts().size() * 24 : length();
        return new Period(from - shift, to - shift, bin);
    }

    public long length() {
        return to - from + 1;
    }

    public boolean contains(long hour) {
        return hour >= from && hour <= to;
    }

    /** The first hour of each bar, in order. */
    public List<Long> binStarts() {
        return steps(from, bin.hours);
    }

    /** The bar an hour of this period falls in. */
    public int binOf(long hour) {
        return (int) ((hour - from) / bin.hours);
    }

    /** The first hour of each UTC day this period touches. */
    public List<Long> dayStarts() {
        return steps(startOfDay(from), 24);
    }

    private List<Long> steps(long first, int step) {
        List<Long> starts = new ArrayList<>();
        for (long h = first; h <= to; h += step) {
            starts.add(h);
        }
        return List.copyOf(starts);
    }

    static long startOfDay(long hour) {
        return Math.floorDiv(hour, 24) * 24;
    }
}
