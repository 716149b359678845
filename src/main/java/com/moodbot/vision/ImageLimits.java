package com.moodbot.vision;

/** Caps applied before any full decode: file size and pixel count (decompression bombs). */
public record ImageLimits(long maxBytes, long maxPixels) {
    public static final ImageLimits DEFAULT = new ImageLimits(8L << 20, 40_000_000L);
}
