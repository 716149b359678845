package com.moodbot.training;

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

    public Reliability reliability() {
        return Reliability.of(probabilities, labels);
    }
}
