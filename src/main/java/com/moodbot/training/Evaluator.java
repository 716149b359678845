package com.moodbot.training;

import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Runs a classifier over labelled faces and tallies the confusion matrix. */
public final class Evaluator {

    private static final int BATCH = 128;

    private Evaluator() {
    }

    public static ConfusionMatrix evaluate(FaceScorer classifier, List<LabeledFace> faces, boolean tenCrop,
                                           IntConsumer progress) {
        ConfusionMatrix matrix = new ConfusionMatrix();
        int batch = tenCrop ? BATCH / 4 : BATCH;
        for (int start = 0; start < faces.size(); start += batch) {
            List<LabeledFace> slice = faces.subList(start, Math.min(faces.size(), start + batch));
            List<byte[]> pixels = new ArrayList<>(slice.size());
            slice.forEach(f -> pixels.add(f.pixels()));
            float[][] probs = classifier.probabilities(pixels, tenCrop);
            for (int i = 0; i < slice.size(); i++) {
                matrix.add(slice.get(i).label(), Emotion.mostLikely(probs[i]));
            }
            progress.accept(slice.size());
        }
        return matrix;
    }
}
