package com.moodbot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * This period against the one just before it, of the same length ({@code previousFrom} to
 * {@code previousTo}). The "not my mood" rate is picks per face read, every channel together.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Comparison(String previousFrom, String previousTo, Change photos, Change noFaceRate,
                         Change unreadableRate, Change shown, Change taps, Change tapRate, Change notMyMoodRate) {

    static Comparison of(Period previous, Figures now, Figures before) {
        return new Comparison(UsageReport.instant(previous.from()), UsageReport.instant(previous.to() + 1),
                Change.ofCounts(now.photos(), before.photos()),
                Change.ofRates(now.noFace(), now.photos(), before.noFace(), before.photos()),
                Change.ofRates(now.unreadable(), now.photos(), before.unreadable(), before.photos()),
                Change.ofCounts(now.shown(), before.shown()),
                Change.ofCounts(now.taps(), before.taps()),
                Change.ofRates(now.taps(), now.shown(), before.taps(), before.shown()),
                Change.ofRates(now.corrections(), now.faces(), before.corrections(), before.faces()));
    }
}
