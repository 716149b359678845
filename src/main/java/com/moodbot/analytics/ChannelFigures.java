package com.moodbot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One channel's photos, faces read, cards shown and "not my mood" picks, with the picks per face
 * read. Taps are not per channel: a card's link does not say where it was shown.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChannelFigures(String channel, long photos, long faces, long shown, long corrections,
                             double notMyMoodRate) {

    static ChannelFigures of(String channel, long photos, long faces, long shown, long corrections) {
        return new ChannelFigures(channel, photos, faces, shown, corrections, Figures.ratio(corrections, faces));
    }
}
