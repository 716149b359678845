package com.moodbot.evaluation;

import com.moodbot.emotion.Emotion;

/** A classifier's probabilities for labelled faces, in order, with the true labels. */
public record Predictions(float[][] probabilities, int[] labels) {

    public ConfusionMatrix confusion() {
        ConfusionMatrix matrix = new ConfusionMatrix();
        for (int i = 0; i < labels.length; i++) {
            matrix.add(Emotion.ofIndex(labels[i]), Emotion.mostLikely(probabilities[i]));
        }
        return matrix;
    }

    /** The share of faces whose most likely class is {@code reference[i]}, over those where it is not -1. */
    public double accuracyAgainst(int[] reference) {
        int counted = 0;
        int correct = 0;
        for (int i = 0; i < reference.length; i++) {
            if (reference[i] >= 0) {
                counted++;
                if (Emotion.mostLikely(probabilities[i]).ordinal() == reference[i]) {
                    correct++;
                }
            }
        }
        return counted == 0 ? 0 : correct / (double) counted;
    }

    public Reliability reliability() {
        return Reliability.of(probabilities, labels);
    }
}
