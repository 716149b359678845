package com.moodbot.emotion;

import java.util.Arrays;

/**
 * How the network's logits become the probabilities the bot shows: {@code softmax(logits / temperature
 * + offsets)}. The temperature (fitted by {@code calibrate}) changes only how sure the model says it is;
 * the per-class offsets (log-prior corrections, also fitted by {@code calibrate}) move the decision
 * boundaries so that no mood goes unrecognised. {@link #NONE} is the raw network.
 */
public record Calibration(double temperature, double[] offsets) {

    public static final Calibration NONE = new Calibration(1, new double[Emotion.COUNT]);

    public Calibration {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a positive number, not " + temperature);
        }
        if (offsets.length != Emotion.COUNT || Arrays.stream(offsets).anyMatch(v -> !Double.isFinite(v))) {
            throw new IllegalArgumentException("offsets need " + Emotion.COUNT + " finite numbers, one per class");
        }
        offsets = offsets.clone();
    }

    public static Calibration temperatureOnly(double temperature) {
        return new Calibration(temperature, new double[Emotion.COUNT]);
    }

    @Override
    public double[] offsets() {
        return offsets.clone();
    }

    public Calibration withTemperature(double t) {
        return new Calibration(t, offsets);
    }

    public boolean hasOffsets() {
        return Arrays.stream(offsets).anyMatch(v -> v != 0);
    }

    public boolean isNone() {
        return temperature == 1 && !hasOffsets();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Calibration c && c.temperature == temperature && Arrays.equals(c.offsets, offsets);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(temperature) + Arrays.hashCode(offsets);
    }

    @Override
    public String toString() {
        return "Calibration[temperature=" + temperature + ", offsets=" + Arrays.toString(offsets) + "]";
    }
}
