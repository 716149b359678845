package com.moodbot.evaluation;

import com.moodbot.emotion.Emotion;
import java.util.Arrays;
import java.util.List;

/**
 * Per-class logit offsets (log-prior corrections) chosen on held-out sets by coordinate search: the
 * highest mean accuracy over the sets while every class keeps each set's recall floor and no class
 * takes more than the set's share of the predictions. A shortfall costs {@link #PENALTY} times its
 * size, so a floor is given up only where no offset in range reaches it.
 */
public final class ClassOffsetSearch {

    static final double PENALTY = 4;
    private static final double RANGE = 2;
    private static final double STEP = 0.02;
    private static final int MAX_PASSES = 20;

    private ClassOffsetSearch() {
    }

    /** One held-out set: calibrated logits (already divided by the temperature), labels and its limits. */
    public record Goal(String name, double[][] logits, int[] labels, double minRecall, double maxShare) {
    }

    /** What a set scores under some offsets. */
    public record Score(double accuracy, double lowestRecall, double largestShare, double shortfall) {
    }

    /** Offsets (summing to zero) from zero by coordinate search over [-2, 2] in steps of 0.02. */
    public static double[] fit(List<Goal> goals) {
        double[] b = new double[Emotion.COUNT];
        double best = objective(goals, b);
        int steps = (int) Math.round(2 * RANGE / STEP);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean moved = false;
            for (int k = 0; k < Emotion.COUNT; k++) {
                double kept = b[k];
                double bestValue = kept;
                for (int i = 0; i <= steps; i++) {
                    b[k] = -RANGE + i * STEP;
                    double o = objective(goals, b);
                    if (o > best + 1e-12) {
                        best = o;
                        bestValue = b[k];
                    }
                }
                b[k] = bestValue;
                moved |= bestValue != kept;
            }
            if (!moved) {
                break;
            }
        }
        double mean = Arrays.stream(b).average().orElse(0);
        for (int k = 0; k < b.length; k++) {
            b[k] -= mean;
        }
        return b;
    }

    /** Mean accuracy over the sets minus {@link #PENALTY} times their total shortfall. */
    static double objective(List<Goal> goals, double[] offsets) {
        double accuracy = 0;
        double shortfall = 0;
        for (Goal g : goals) {
            Score s = score(g, offsets);
            accuracy += s.accuracy();
            shortfall += s.shortfall();
        }
        return accuracy / goals.size() - PENALTY * shortfall;
    }

    public static Score score(Goal g, double[] offsets) {
        int[] support = new int[Emotion.COUNT];
        int[] hits = new int[Emotion.COUNT];
        int[] predicted = new int[Emotion.COUNT];
        for (int i = 0; i < g.labels().length; i++) {
            int p = argmax(g.logits()[i], offsets);
            support[g.labels()[i]]++;
            predicted[p]++;
            if (p == g.labels()[i]) {
                hits[p]++;
            }
        }
        int n = g.labels().length;
        double correct = 0;
        double lowest = 1;
        double largest = 0;
        double shortfall = 0;
        for (int k = 0; k < Emotion.COUNT; k++) {
            correct += hits[k];
            double share = (double) predicted[k] / n;
            largest = Math.max(largest, share);
            shortfall += Math.max(0, share - g.maxShare());
            if (support[k] > 0) {
                double recall = (double) hits[k] / support[k];
                lowest = Math.min(lowest, recall);
                shortfall += Math.max(0, g.minRecall() - recall);
            }
        }
        return new Score(correct / n, lowest, largest, shortfall);
    }

    private static int argmax(double[] z, double[] b) {
        int best = 0;
        for (int k = 1; k < z.length; k++) {
            if (z[k] + b[k] > z[best] + b[best]) {
                best = k;
            }
        }
        return best;
    }
}
