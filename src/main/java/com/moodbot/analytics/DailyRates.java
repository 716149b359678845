package com.moodbot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The "not my mood" rate per UTC day (picks per face read that day), for Messenger, the web page and Instagram;
 * {@code null} on a day without a face read on that channel.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DailyRates(List<String> days, List<Double> messenger, List<Double> web, List<Double> instagram) {

    static DailyRates of(Period period, Map<Long, Map<String, Long>> counts) {
        List<String> days = new ArrayList<>();
        List<Double> messenger = new ArrayList<>();
        List<Double> web = new ArrayList<>();
        List<Double> instagram = new ArrayList<>();
        for (long day : period.dayStarts()) {
            Figures figures = Figures.of(counts, Math.max(day, period.from()), Math.min(day + 23, period.to()));
            days.add(UsageReport.instant(day));
            messenger.add(rate(figures.messenger()));
            web.add(rate(figures.web()));
            instagram.add(rate(figures.instagram()));
        }
        return new DailyRates(List.copyOf(days), Collections.unmodifiableList(messenger),
                Collections.unmodifiableList(web), Collections.unmodifiableList(instagram));
    }

    private static Double rate(ChannelFigures channel) {
        return channel.faces() == 0 ? null : channel.notMyMoodRate();
    }
}
