package com.moodbot.training;

import com.moodbot.emotion.Emotion;

/**
 * One 48x48 grey face (row-major, unsigned bytes) with its label, where it came from, an optional
 * soft target (a probability per emotion, e.g. from FER+ votes; without one the target is the label
 * itself), and whether it was cut from a real photo (whose loss weight can follow its own schedule).
 */
public record LabeledFace(byte[] pixels, Emotion label, String source, float[] target, boolean realPhoto) {

    public static final int SIDE = 48;
    public static final int PIXELS = SIDE * SIDE;

    public LabeledFace {
        if (pixels.length != PIXELS) {
            throw new IllegalArgumentException(source + ": expected " + PIXELS + " pixels, got " + pixels.length);
        }
        if (target != null && target.length != Emotion.COUNT) {
            throw new IllegalArgumentException(source + ": a soft target needs " + Emotion.COUNT + " values");
        }
    }

    public LabeledFace(byte[] pixels, Emotion label, String source) {
        this(pixels, label, source, null, false);
    }

    public LabeledFace withTarget(float[] soft) {
        return new LabeledFace(pixels, label, source, soft, realPhoto);
    }

    public LabeledFace asRealPhoto() {
        return new LabeledFace(pixels, label, source, target, true);
    }

    /** The training target: the soft target when there is one, otherwise one-hot on the label. */
    public float[] targetOrOneHot() {
        if (target != null) {
            return target.clone();
        }
        float[] oneHot = new float[Emotion.COUNT];
        oneHot[label.ordinal()] = 1f;
        return oneHot;
    }

    public float[] grey() {
        float[] out = new float[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            out[i] = pixels[i] & 0xFF;
        }
        return out;
    }
}
