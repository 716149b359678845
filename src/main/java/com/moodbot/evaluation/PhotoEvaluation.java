package com.moodbot.evaluation;

import com.moodbot.analysis.PhotoAnalysis;
import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.emotion.Emotion;
import com.moodbot.vision.ImageRejectedException;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import com.moodbot.data.PhotoLabels;

/**
 * The full pipeline on labelled whole photos: how often a face is found, and accuracy both over the
 * photos with a face and over all photos (no face or an unreadable photo counts as wrong), and how
 * often the bot would ask instead of answering.
 */
public final class PhotoEvaluation {

    private PhotoEvaluation() {
    }

    @Serdeable
    public record Report(String views, int photos, int facesFound, int unreadable, double faceFoundRate, double accuracyWhereFound,
                         double accuracyOverall, List<ConfusionMatrix.ClassScore> perClass,
                         Map<String, Double> predictedShare, int[][] confusion, int asked, double askRate) {
    }

    /** {@code asks} says whether the bot would ask "happy or surprised?" on a face's probabilities. */
    public static Report run(PhotoAnalyzer analyzer, List<PhotoLabels.Entry> entries, Predicate<float[]> asks,
                             IntConsumer progress) {
        ConfusionMatrix matrix = new ConfusionMatrix();
        int unreadable = 0;
        int asked = 0;
        for (PhotoLabels.Entry entry : entries) {
            Optional<Emotion> predicted = Optional.empty();
            try {
                PhotoAnalysis analysis = analyzer.analyze(Files.readAllBytes(entry.file()));
                predicted = analysis.main().map(f -> f.emotion());
                asked += analysis.main().filter(f -> asks.test(f.probabilities())).isPresent() ? 1 : 0;
            } catch (IOException | ImageRejectedException e) {
                unreadable++;
            }
            predicted.ifPresent(p -> matrix.add(entry.label(), p));
            progress.accept(1);
        }
        int n = entries.size();
        int found = matrix.total();
        return new Report(analyzer.views().label(), n, found, unreadable, n == 0 ? 0 : found / (double) n, matrix.accuracy(),
                n == 0 ? 0 : matrix.correct() / (double) n, matrix.perClass(), predictedShare(matrix), matrix.counts(),
                asked, found == 0 ? 0 : asked / (double) found);
    }

    /** The share of the faces found that were given each class, whatever their label. */
    static Map<String, Double> predictedShare(ConfusionMatrix matrix) {
        Map<String, Double> share = new LinkedHashMap<>();
        for (Emotion predicted : Emotion.values()) {
            int n = 0;
            for (Emotion actual : Emotion.values()) {
                n += matrix.count(actual, predicted);
            }
            share.put(predicted.label(), matrix.total() == 0 ? 0 : n / (double) matrix.total());
        }
        return share;
    }
}
