package com.moodbot.evaluation;

import com.moodbot.emotion.Emotion;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

/**
 * How far the model's confidence (its top probability) is from how often it is right: faces are
 * grouped into equal-width confidence bins, and the expected calibration error is the
 * face-weighted mean gap between each bin's accuracy and its mean confidence.
 */
@Serdeable
public record Reliability(double expectedCalibrationError, List<Bin> bins) {

    public static final int BINS = 15;

    @Serdeable
    public record Bin(double lower, double upper, int faces, double meanConfidence, double accuracy) {
    }

    public static Reliability of(float[][] probabilities, int[] labels) {
        int[] count = new int[BINS];
        double[] confidence = new double[BINS];
        int[] correct = new int[BINS];
        for (int i = 0; i < probabilities.length; i++) {
            Emotion predicted = Emotion.mostLikely(probabilities[i]);
            double top = probabilities[i][predicted.ordinal()];
            int bin = Math.min(BINS - 1, (int) (top * BINS));
            count[bin]++;
            confidence[bin] += top;
            if (predicted.ordinal() == labels[i]) {
                correct[bin]++;
            }
        }
        double ece = 0;
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            double meanConfidence = count[b] == 0 ? 0 : confidence[b] / count[b];
            double accuracy = count[b] == 0 ? 0 : correct[b] / (double) count[b];
            ece += count[b] * Math.abs(accuracy - meanConfidence);
            bins.add(new Bin(b / (double) BINS, (b + 1) / (double) BINS, count[b], meanConfidence, accuracy));
        }
        return new Reliability(probabilities.length == 0 ? 0 : ece / probabilities.length, bins);
    }
}
