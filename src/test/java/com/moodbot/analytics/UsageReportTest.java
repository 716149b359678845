package com.moodbot.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.channel.Channel;
import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageReportTest {

    private static final Channel MESSENGER = Channel.MESSENGER;
    private static final Channel WEB = Channel.WEB;
    private final InMemoryUsageCounters counters = new InMemoryUsageCounters();

    private Usage at(String instant) {
        return new Usage(counters, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void countsLandInTheirHourAndRatesAreWorkedOut() {
        Usage nine = at("2026-11-23T09:15:00Z");
        nine.photo(MESSENGER, "face");
        nine.mood(Emotion.HAPPY);
        nine.photo(MESSENGER, "no_face");
        nine.photo(WEB, "unsupported_format");
        nine.cardShown(MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        nine.cardShown(MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        nine.cardShown(WEB, Category.SONG, Emotion.HAPPY, "happy-pharrell");
        Usage eleven = at("2026-11-23T11:59:59Z");
        eleven.photo(WEB, "face");
        eleven.mood(Emotion.HAPPY);
        eleven.cardTapped(Channel.MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        eleven.corrected(MESSENGER, Emotion.ANGRY, Emotion.SAD);
        eleven.corrected(MESSENGER, Emotion.ANGRY, Emotion.SAD);
        eleven.correctedOnWeb(Emotion.HAPPY, Emotion.FEAR);

        UsageReport report = eleven.report(3, id -> id.equals("paddington-2-2017") ? "Paddington 2 (2017)" : null);

        assertEquals("hour", report.bin());
        assertEquals(List.of("2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z"), report.bins());
        assertEquals(List.of("2026-11-23T09:00:00Z", "2026-11-23T12:00:00Z"), List.of(report.from(), report.to()));
        assertArrayEquals(new long[] {1, 0, 1}, report.moods().get("happy"));
        assertArrayEquals(new long[] {0, 0, 0}, report.moods().get("sad"));
        assertEquals(0.25, report.noFaceRate(), 1e-9);
        assertEquals(0.25, report.unreadableRate(), 1e-9);
        assertEquals(1.5, report.notMyMoodRate(), 1e-9, "three picks over two faces read");
        UsageReport.Row top = report.items().get(0);
        assertEquals(List.of("film", "happy", "paddington-2-2017", "Paddington 2 (2017)"),
                List.of(top.category(), top.mood(), top.item(), top.title()));
        assertEquals(2, top.shown());
        assertEquals(1, top.taps());
        assertEquals(0.5, top.tapRate(), 1e-9);
        assertEquals(2, report.corrections()[Emotion.ANGRY.ordinal()][Emotion.SAD.ordinal()]);
        assertEquals(1, report.webCorrections()[Emotion.HAPPY.ordinal()][Emotion.FEAR.ordinal()], "the web page's apart");
        assertEquals(0, report.corrections()[Emotion.HAPPY.ordinal()][Emotion.FEAR.ordinal()]);
        assertEquals(0, report.webCorrections()[Emotion.ANGRY.ordinal()][Emotion.SAD.ordinal()]);
        assertEquals(1, at("2026-11-23T11:00:00Z").report(1, id -> null).bins().size(), "the window asked for");
        assertEquals(0, at("2026-11-23T11:00:00Z").report(1, id -> null).noFaceRate(), "nothing outside it");
    }

    @Test
    void aWeekIsBinnedByDayWithTodayLast() {
        at("2026-11-17T00:00:00Z").mood(Emotion.SAD);
        at("2026-11-17T23:59:00Z").mood(Emotion.SAD);
        at("2026-11-20T12:00:00Z").mood(Emotion.HAPPY);
        at("2026-11-23T10:30:00Z").mood(Emotion.HAPPY);
        at("2026-11-16T23:00:00Z").mood(Emotion.SAD);

        UsageReport week = at("2026-11-23T10:30:00Z").report(168, id -> null);

        assertEquals("day", week.bin());
        assertEquals(List.of("2026-11-17T00:00:00Z", "2026-11-18T00:00:00Z", "2026-11-19T00:00:00Z",
                "2026-11-20T00:00:00Z", "2026-11-21T00:00:00Z", "2026-11-22T00:00:00Z", "2026-11-23T00:00:00Z"),
                week.bins());
        assertArrayEquals(new long[] {2, 0, 0, 0, 0, 0, 0}, week.moods().get("sad"), "the day before is not in it");
        assertArrayEquals(new long[] {0, 0, 0, 1, 0, 0, 1}, week.moods().get("happy"));
        assertEquals(48, at("2026-11-23T10:30:00Z").report(48, id -> null).bins().size(), "hourly up to 48 hours");
        assertEquals(3, at("2026-11-23T10:30:00Z").report(49, id -> null).bins().size(), "daily past it");
    }

    @Test
    void itemsAreOrderedByTapsThenTapThroughAndUntappedOnesComeLast() {
        Usage now = at("2026-11-23T10:00:00Z");
        shown(now, "often-shown-never-tapped", 50, 0);
        shown(now, "one-tap-in-ten", 10, 1);
        shown(now, "one-tap-in-two", 2, 1);
        shown(now, "three-taps-in-thirty", 30, 3);
        shown(now, "shown-once", 1, 0);

        List<String> order = now.report(24, id -> null).items().stream().map(UsageReport.Row::item).toList();

        assertEquals(List.of("three-taps-in-thirty", "one-tap-in-two", "one-tap-in-ten", "often-shown-never-tapped",
                "shown-once"), order);
    }

    @Test
    void onlyTheTwentyFiveMostTappedItemsAreListed() {
        Usage now = at("2026-11-23T10:00:00Z");
        for (int i = 0; i < 30; i++) {
            shown(now, "item-" + (char) ('a' + i), 40, i);
        }
        List<UsageReport.Row> items = now.report(24, id -> null).items();
        assertEquals(25, items.size());
        assertEquals(29, items.get(0).taps());
        assertEquals(5, items.get(24).taps());
    }

    @Test
    void everyCategoryIsListedAtZeroToo() {
        Usage now = at("2026-11-23T10:00:00Z");
        now.cardShown(MESSENGER, Category.SONG, Emotion.HAPPY, "happy-pharrell");

        List<UsageReport.Row> categories = now.report(24, id -> null).categories();

        assertEquals(Arrays.stream(Category.values()).map(Category::label).toList(),
                categories.stream().map(UsageReport.Row::category).toList());
        assertEquals(List.of(0L, 1L, 0L, 0L), categories.stream().map(UsageReport.Row::shown).toList());
        assertEquals(4, at("2026-11-23T10:00:00Z").report(24, id -> null).categories().size());
        assertEquals(4, new Usage(new InMemoryUsageCounters()).report(24, id -> null).categories().size(),
                "a fresh install");
    }

    @Test
    void eachFigureIsComparedWithTheSameLengthOfTimeJustBefore() {
        Usage before = at("2026-11-22T09:00:00Z");
        for (int i = 0; i < 4; i++) {
            before.photo(MESSENGER, "face");
            before.cardShown(MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        }
        before.cardTapped(Channel.MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        before.corrected(MESSENGER, Emotion.HAPPY, Emotion.SAD);
        at("2026-11-21T09:59:00Z").photo(MESSENGER, "face");
        Usage now = at("2026-11-23T09:30:00Z");
        for (int i = 0; i < 6; i++) {
            now.photo(MESSENGER, i < 5 ? "face" : "no_face");
            now.cardShown(MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        }
        now.cardTapped(Channel.MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        now.cardTapped(Channel.MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        now.cardTapped(Channel.MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");

        Comparison c = now.report(24, id -> null).comparison();

        assertEquals(List.of("2026-11-21T10:00:00Z", "2026-11-22T10:00:00Z"), List.of(c.previousFrom(), c.previousTo()),
                "the 24 hours before the last 24");
        assertEquals(new Change(6, 4, 2, 0.5, true), c.photos(), "the photo at 09:59 two days back is in neither");
        assertEquals(new Change(6, 4, 2, 0.5, true), c.shown());
        assertEquals(new Change(3, 1, 2, 2, true), c.taps());
        assertEquals(0.5, c.tapRate().current(), 1e-9);
        assertEquals(0.25, c.tapRate().previous(), 1e-9);
        assertEquals(0.25, c.tapRate().difference(), 1e-9);
        assertEquals(1.0, c.tapRate().relative(), 1e-9);
        assertEquals(1 / 6.0, c.noFaceRate().difference(), 1e-9);
        assertEquals(new Change(0, 0.25, -0.25, -1, true), c.notMyMoodRate(), "one pick over four faces, then none");
    }

    @Test
    void nothingBeforeIsNotAChangeToCompare() {
        Usage now = at("2026-11-23T09:30:00Z");
        now.photo(WEB, "face");
        Comparison c = now.report(24, id -> null).comparison();
        assertEquals(new Change(1, 0, 1, 0, false), c.photos());
        assertFalse(c.tapRate().comparable(), "no card shown in either period");
        assertFalse(c.notMyMoodRate().comparable());
        Comparison empty = new Usage(new InMemoryUsageCounters()).report(168, id -> null).comparison();
        assertEquals(new Change(0, 0, 0, 0, false), empty.photos());
    }

    @Test
    void messengerAndTheWebPageAreCountedApart() {
        Usage now = at("2026-11-23T09:30:00Z");
        now.photo(MESSENGER, "face");
        now.photo(MESSENGER, "face");
        now.photo(MESSENGER, "no_face");
        now.photo(WEB, "face");
        now.photo(WEB, "face");
        now.photo(WEB, "face");
        now.photo(WEB, "face");
        now.cardShown(MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        now.cardShown(WEB, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        now.cardShown(WEB, Category.SONG, Emotion.HAPPY, "happy-pharrell");
        now.corrected(MESSENGER, Emotion.HAPPY, Emotion.SAD);
        now.correctedOnWeb(Emotion.HAPPY, Emotion.SAD);
        now.correctedOnWeb(Emotion.HAPPY, Emotion.SAD);
        now.cardTapped(WEB, Category.SONG, Emotion.HAPPY, "happy-pharrell");
        now.cardTapped(MESSENGER, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        now.cardTapped(null, Category.FILM, Emotion.HAPPY, "paddington-2-2017");

        UsageReport report = now.report(24, id -> null);

        assertEquals(List.of(new ChannelFigures("messenger", 3, 2, 1, 2, 1, 0.5), new ChannelFigures("web", 4, 4, 2, 1, 2, 0.5),
                new ChannelFigures("instagram", 0, 0, 0, 0, 0, 0)),
                report.channels());
        assertEquals(7, report.photos().values().stream().mapToLong(Long::longValue).sum(), "the totals: both");
        assertEquals(3, report.categories().stream().mapToLong(UsageReport.Row::shown).sum());
        assertEquals(0.5, report.notMyMoodRate(), 1e-9);
    }

    @Test
    void instagramIsCountedApartFromMessengerAndItsPicksJoinMessengersMatrix() {
        Usage now = at("2026-11-23T09:30:00Z");
        now.photo(MESSENGER, "face");
        now.photo(Channel.INSTAGRAM, "face");
        now.photo(Channel.INSTAGRAM, "no_face");
        now.cardShown(Channel.INSTAGRAM, Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        now.corrected(Channel.INSTAGRAM, Emotion.HAPPY, Emotion.SAD);

        UsageReport report = now.report(24, id -> null);

        assertEquals(List.of(new ChannelFigures("messenger", 1, 1, 0, 0, 0, 0), new ChannelFigures("web", 0, 0, 0, 0, 0, 0),
                new ChannelFigures("instagram", 2, 1, 1, 0, 1, 1.0)), report.channels());
        assertEquals(3, report.photos().values().stream().mapToLong(Long::longValue).sum(), "the totals: every channel");
        assertEquals(1, report.corrections()[Emotion.HAPPY.ordinal()][Emotion.SAD.ordinal()]);
        assertEquals(0.5, report.notMyMoodRate(), 1e-9);
    }

    @Test
    void theNotMyMoodRateIsWorkedOutPerDayAndChannel() {
        at("2026-11-21T08:00:00Z").photo(MESSENGER, "face");
        at("2026-11-21T08:00:00Z").photo(MESSENGER, "face");
        at("2026-11-21T08:00:00Z").photo(MESSENGER, "face");
        at("2026-11-21T08:00:00Z").photo(MESSENGER, "face");
        at("2026-11-21T23:10:00Z").corrected(MESSENGER, Emotion.HAPPY, Emotion.SAD);
        at("2026-11-23T09:00:00Z").photo(WEB, "face");
        at("2026-11-23T09:00:00Z").photo(WEB, "face");
        at("2026-11-23T09:01:00Z").correctedOnWeb(Emotion.HAPPY, Emotion.SAD);
        at("2026-11-22T12:00:00Z").photo(Channel.INSTAGRAM, "face");
        at("2026-11-22T12:00:00Z").corrected(Channel.INSTAGRAM, Emotion.SAD, Emotion.HAPPY);

        DailyRates daily = at("2026-11-23T10:00:00Z").report(168, id -> null).notMyMoodDaily();

        assertEquals(7, daily.days().size());
        assertEquals("2026-11-21T00:00:00Z", daily.days().get(4));
        assertEquals(Arrays.asList(null, null, null, null, 0.25, null, null), daily.messenger(),
                "none on a day without a face read");
        assertEquals(Arrays.asList(null, null, null, null, null, null, 0.5), daily.web());
        assertEquals(Arrays.asList(null, null, null, null, null, 1.0, null), daily.instagram(), "Instagram's own");
        DailyRates today = at("2026-11-23T10:00:00Z").report(24, id -> null).notMyMoodDaily();
        assertEquals(List.of("2026-11-22T00:00:00Z", "2026-11-23T00:00:00Z"), today.days(),
                "hourly periods too: the days they touch");
        assertEquals(0.5, today.web().get(1), 1e-9);
    }

    @Test
    void aFreshInstallHasEveryFigureAtZero() {
        UsageReport report = new Usage(new InMemoryUsageCounters()).report(168, id -> null);
        assertTrue(report.items().isEmpty());
        assertTrue(report.photos().isEmpty());
        assertEquals(7, report.bins().size());
        assertEquals(List.of(new ChannelFigures("messenger", 0, 0, 0, 0, 0, 0), new ChannelFigures("web", 0, 0, 0, 0, 0, 0),
                new ChannelFigures("instagram", 0, 0, 0, 0, 0, 0)),
                report.channels());
        assertNull(report.notMyMoodDaily().web().get(0));
    }

    private static void shown(Usage usage, String item, int shown, int taps) {
        for (int i = 0; i < shown; i++) {
            usage.cardShown(MESSENGER, Category.FILM, Emotion.HAPPY, item);
        }
        for (int i = 0; i < taps; i++) {
            usage.cardTapped(Channel.MESSENGER, Category.FILM, Emotion.HAPPY, item);
        }
    }
}
