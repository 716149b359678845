package com.moodbot.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    /** 2026-11-23T10:00Z, a Monday. */
    private static final long TEN_AM = Instant.parse("2026-11-23T10:00:00Z").getEpochSecond() / 3600;
    private static final long MIDNIGHT = TEN_AM - 10;

    @Test
    void upToTwoDaysIsBinnedByHour() {
        Period day = Period.last(24, TEN_AM);
        assertEquals(new Period(TEN_AM - 23, TEN_AM, Period.Bin.HOUR), day);
        assertEquals(24, day.binStarts().size());
        assertEquals(23, day.binOf(TEN_AM));
        assertEquals(48, Period.last(48, TEN_AM).binStarts().size());
        assertEquals(List.of(MIDNIGHT - 24, MIDNIGHT), day.dayStarts(), "yesterday's last hours and today's first");
    }

    @Test
    void aWeekIsSevenDailyBinsEndingWithTodaySoFar() {
        Period week = Period.last(168, TEN_AM);
        assertEquals(Period.Bin.DAY, week.bin());
        assertEquals(MIDNIGHT - 6 * 24, week.from(), "from midnight (UTC) six days ago");
        assertEquals(TEN_AM, week.to());
        assertEquals(7, week.binStarts().size());
        assertEquals(MIDNIGHT, week.binStarts().get(6));
        assertEquals(0, week.binOf(week.from()));
        assertEquals(0, week.binOf(MIDNIGHT - 6 * 24 + 23));
        assertEquals(1, week.binOf(MIDNIGHT - 5 * 24));
        assertEquals(6, week.binOf(TEN_AM));
        assertEquals(week.binStarts(), week.dayStarts());
    }

    @Test
    void aMonthIsThirtyOneDaysAndNothingLonger() {
        Period month = Period.last(744, TEN_AM);
        assertEquals(31, month.binStarts().size());
        assertEquals(month, Period.last(100_000, TEN_AM), "at most 31 days");
        assertEquals(true, month.length() <= Period.LONGEST);
        assertEquals(new Period(TEN_AM, TEN_AM, Period.Bin.HOUR), Period.last(0, TEN_AM), "at least this hour");
        assertEquals(7, Period.last(145, TEN_AM).binStarts().size(), "past two days, whole days: ceil(145 / 24)");
    }

    @Test
    void thePeriodBeforeIsAsLongAndStartsAsManyWholeDaysEarlier() {
        Period week = Period.last(168, TEN_AM);
        Period before = week.previous();
        assertEquals(week.length(), before.length());
        assertEquals(week.from() - 7 * 24, before.from(), "the same hours of the seven days before");
        assertEquals(true, before.to() < week.from());
        Period day = Period.last(24, TEN_AM);
        assertEquals(day.from() - 1, day.previous().to(), "hourly: the hours just before");
        assertEquals(6 * 24 + 11, week.length(), "six whole days and today's eleven hours");
        for (int hours : new int[] {1, 24, 48, 49, 168, 744}) {
            Period now = Period.last(hours, TEN_AM);
            assertEquals(true, now.to() - now.previous().from() < UsageCounters.KEEP_HOURS,
                    hours + " hours and the period before are both still kept");
        }
    }
}
