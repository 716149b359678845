package com.moodbot.data;

import com.moodbot.emotion.Emotion;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One 48x48 grey face (row-major, unsigned bytes) with its label, where it came from (for messages),
 * the FER2013 CSV line it was read from ({@link #NO_LINE} for faces that were not: photos, folders),
 * which per-row annotations such as FER+ votes join on, an optional soft target (a probability per
 * emotion, e.g. from FER+ votes; without one the target is the label itself), and whether it was cut
 * from a real photo (whose loss weight can follow its own schedule).
 */
public record LabeledFace(byte[] pixels, Emotion label, String source, int csvLine, float[] target,
                          boolean realPhoto) {

    public static final int SIDE = 48;
    public static final int PIXELS = SIDE * SIDE;
    /** The {@link #csvLine()} of a face that was not read from a FER2013 CSV. */
    public static final int NO_LINE = -1;

    public LabeledFace {
        if (pixels.length != PIXELS) {
            throw new IllegalArgumentException(source + ": expected " + PIXELS + " pixels, got " + pixels.length);
        }
        if (target != null && target.length != Emotion.COUNT) {
            throw new IllegalArgumentException(source + ": a soft target needs " + Emotion.COUNT + " values");
        }
    }

    /** A face that was not read from a FER2013 CSV. */
    public LabeledFace(byte[] pixels, Emotion label, String source) {
        this(pixels, label, source, NO_LINE);
    }

    /** A face read from line {@code csvLine} (1-based, the header is line 1) of a FER2013 CSV. */
    public LabeledFace(byte[] pixels, Emotion label, String source, int csvLine) {
        this(pixels, label, source, csvLine, null, false);
    }

    /** Each face object once, in order: a photo repeated for every epoch is one object listed several times. */
    public static List<LabeledFace> distinct(List<LabeledFace> faces) {
        Set<LabeledFace> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return faces.stream().filter(seen::add).toList();
    }

    public LabeledFace withTarget(float[] soft) {
        return new LabeledFace(pixels, label, source, csvLine, soft, realPhoto);
    }

    public LabeledFace asRealPhoto() {
        return new LabeledFace(pixels, label, source, csvLine, target, true);
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
