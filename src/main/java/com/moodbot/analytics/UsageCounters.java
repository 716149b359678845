package com.moodbot.analytics;

import java.util.Map;

/**
 * Counts per hour (hours since the epoch, UTC) and field; the last {@link #KEEP_HOURS} are kept:
 * the longest report and the period before it.
 */
public interface UsageCounters {

    int KEEP_HOURS = 2 * Period.LONGEST;

    void add(long hour, String field, long n);

    /** Every non-zero count from {@code fromHour} to {@code toHour}, both included. */
    Map<Long, Map<String, Long>> read(long fromHour, long toHour);
}
