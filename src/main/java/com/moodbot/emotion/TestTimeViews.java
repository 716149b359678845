package com.moodbot.emotion;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which views of a 48x48 face the network sees at test time; the answer is the mean of their
 * probabilities. More views cost proportionally more model time.
 */
public enum TestTimeViews {
    /** The centre crop only. */
    CENTRE("centre", 1),
    /** The centre crop and its mirror image. */
    MIRROR("mirror", 2),
    /** The four corner crops and the centre crop, each also mirrored. */
    TEN_CROP("ten-crop", 10);

    private final String label;
    private final int count;

    TestTimeViews(String label, int count) {
        this.label = label;
        this.count = count;
    }

    /** The name used in options, configuration and reports: {@code centre}, {@code mirror}, {@code ten-crop}. */
    public String label() {
        return label;
    }

    /** {@code centre view}, {@code mirror views}: the label as a phrase, for reports and specs. */
    public String phrase() {
        return label + (count > 1 ? " views" : " view");
    }

    /** Network inputs per face. */
    public int count() {
        return count;
    }

    public float[][] of(float[] face48, int inputSize) {
        return switch (this) {
            case CENTRE -> new float[][] {FaceTensor.centre(face48, inputSize)};
            case MIRROR -> FaceTensor.centreAndMirror(face48, inputSize);
            case TEN_CROP -> FaceTensor.tenCrop(face48, inputSize);
        };
    }

    /** Reads a label ({@code mirror}) or a constant name ({@code MIRROR}, {@code ten_crop}). */
    public static TestTimeViews parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(v -> v.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown views '" + text
                        + "': expected one of centre, mirror, ten-crop"));
    }

    @Override
    public String toString() {
        return label;
    }
}
