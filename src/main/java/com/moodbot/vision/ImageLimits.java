package com.moodbot.vision;

/** Caps applied before any full decode: file size and pixel count (decompression bombs). */
public record ImageLimits(long maxBytes, long maxPixels) {

    /** The caps {@link VisionConfig} defaults to. */
    public static final ImageLimits DEFAULT = new ImageLimits(Long.parseLong(VisionConfig.MAX_BYTES),
            Long.parseLong(VisionConfig.MAX_PIXELS));
}
