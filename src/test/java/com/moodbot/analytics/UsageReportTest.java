package com.moodbot.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageReportTest {

    private final InMemoryUsageCounters counters = new InMemoryUsageCounters();

    private Usage at(String instant) {
        return new Usage(counters, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void countsLandInTheirHourAndRatesAreWorkedOut() {
        Usage nine = at("2026-11-23T09:15:00Z");
        nine.photo("face");
        nine.mood(Emotion.HAPPY);
        nine.photo("no_face");
        nine.photo("unsupported_format");
        nine.cardShown(Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        nine.cardShown(Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        nine.cardShown(Category.SONG, Emotion.HAPPY, "happy-pharrell");
        Usage eleven = at("2026-11-23T11:59:59Z");
        eleven.photo("face");
        eleven.mood(Emotion.HAPPY);
        eleven.cardTapped(Category.FILM, Emotion.HAPPY, "paddington-2-2017");
        eleven.corrected(Emotion.ANGRY, Emotion.SAD);
        eleven.corrected(Emotion.ANGRY, Emotion.SAD);
        eleven.correctedOnWeb(Emotion.HAPPY, Emotion.FEAR);

        UsageReport report = eleven.report(3, id -> id.equals("paddington-2-2017") ? "Paddington 2 (2017)" : null);

        assertEquals(List.of("2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z"), report.hours());
        assertArrayEquals(new long[] {1, 0, 1}, report.moods().get("happy"));
        assertArrayEquals(new long[] {0, 0, 0}, report.moods().get("sad"));
        assertEquals(0.25, report.noFaceRate(), 1e-9);
        assertEquals(0.25, report.unreadableRate(), 1e-9);
        UsageReport.Row top = report.items().get(0);
        assertEquals(List.of("film", "happy", "paddington-2-2017", "Paddington 2 (2017)"),
                List.of(top.category(), top.mood(), top.item(), top.title()));
        assertEquals(2, top.shown());
        assertEquals(1, top.taps());
        assertEquals(0.5, top.tapRate(), 1e-9);
        assertEquals(List.of("film", "song"), report.categories().stream().map(UsageReport.Row::category).toList());
        assertEquals(2, report.corrections()[Emotion.ANGRY.ordinal()][Emotion.SAD.ordinal()]);
        assertEquals(1, report.webCorrections()[Emotion.HAPPY.ordinal()][Emotion.FEAR.ordinal()], "the web page's apart");
        assertEquals(0, report.corrections()[Emotion.HAPPY.ordinal()][Emotion.FEAR.ordinal()]);
        assertEquals(0, report.webCorrections()[Emotion.ANGRY.ordinal()][Emotion.SAD.ordinal()]);
        assertEquals(1, at("2026-11-23T11:00:00Z").report(1, id -> null).hours().size(), "the window asked for");
        assertEquals(0, at("2026-11-23T11:00:00Z").report(1, id -> null).noFaceRate(), "nothing outside it");
    }
}
