package com.moodbot.training;

import com.moodbot.emotion.Emotion;

/** One 48x48 grey face (row-major, unsigned bytes) with its label and where it came from. */
public record LabeledFace(byte[] pixels, Emotion label, String source) {

    public static final int SIDE = 48;
    public static final int PIXELS = SIDE * SIDE;

    public LabeledFace {
        if (pixels.length != PIXELS) {
            throw new IllegalArgumentException(source + ": expected " + PIXELS + " pixels, got " + pixels.length);
        }
    }

    public float[] grey() {
        float[] out = new float[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            out[i] = pixels[i] & 0xFF;
        }
        return out;
    }
}
