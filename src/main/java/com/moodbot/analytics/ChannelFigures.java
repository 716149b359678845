package com.moodbot.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One channel's photos, faces read, cards shown and tapped, and "not my mood" picks, with the picks
 * per face read. A tap is the channel's whose card it was (the link says so); taps on links minted
 * before links named their channel count as Messenger's.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChannelFigures(String channel, long photos, long faces, long shown, long taps, long corrections,
                             double notMyMoodRate) {

    static ChannelFigures of(String channel, long photos, long faces, long shown, long taps, long corrections) {
        return new ChannelFigures(channel, photos, faces, shown, taps, corrections, Figures.ratio(corrections, faces));
    }
}
