package com.moodbot.evaluation;

import com.moodbot.emotion.FaceScorer;
import com.moodbot.emotion.TestTimeViews;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import com.moodbot.data.LabeledFace;

/** Runs a classifier over labelled faces: the probabilities, and the confusion matrix they give. */
public final class Evaluator {

    private static final int BATCH = 128;

    private Evaluator() {
    }

    public static ConfusionMatrix evaluate(FaceScorer classifier, List<LabeledFace> faces, TestTimeViews views,
                                           IntConsumer progress) {
        return predict(classifier, faces, views, progress).confusion();
    }

    public static Predictions predict(FaceScorer classifier, List<LabeledFace> faces, TestTimeViews views,
                                      IntConsumer progress) {
        float[][] probabilities = new float[faces.size()][];
        int[] labels = new int[faces.size()];
        int batch = Math.max(8, BATCH * 2 / (views.count() + 1));
        for (int start = 0; start < faces.size(); start += batch) {
            List<LabeledFace> slice = faces.subList(start, Math.min(faces.size(), start + batch));
            List<byte[]> pixels = new ArrayList<>(slice.size());
            slice.forEach(f -> pixels.add(f.pixels()));
            float[][] probs = classifier.probabilities(pixels, views);
            for (int i = 0; i < slice.size(); i++) {
                probabilities[start + i] = probs[i];
                labels[start + i] = slice.get(i).label().ordinal();
            }
            progress.accept(slice.size());
        }
        return new Predictions(probabilities, labels);
    }
}
