package com.moodbot.vision;

import java.time.Duration;

/**
 * Caps on one photo's decoding: file size and pixel count, applied before any full decode
 * (decompression bombs), and the time the decode may take.
 */
public record ImageLimits(long maxBytes, long maxPixels, Duration decodeDeadline) {

    /** The caps {@link VisionConfig} defaults to. */
    public static final ImageLimits DEFAULT = new ImageLimits(Long.parseLong(VisionConfig.MAX_BYTES),
            Long.parseLong(VisionConfig.MAX_PIXELS), Duration.parse(VisionConfig.DECODE_DEADLINE));

    /** Size caps with the default deadline (tests). */
    public ImageLimits(long maxBytes, long maxPixels) {
        this(maxBytes, maxPixels, DEFAULT.decodeDeadline());
    }
}
