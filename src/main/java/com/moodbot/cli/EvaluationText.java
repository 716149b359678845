package com.moodbot.cli;

import com.moodbot.emotion.TestTimeViews;
import com.moodbot.evaluation.ConfusionMatrix;
import com.moodbot.evaluation.PhotoEvaluation;
import com.moodbot.evaluation.PreprocessingSweep;
import com.moodbot.evaluation.Reliability;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** {@code evaluate}'s plain-text reports, one per kind of evaluation. */
final class EvaluationText {

    private EvaluationText() {
    }

    static void printFaces(PrintStream out, String name, TestTimeViews views, ConfusionMatrix matrix,
                           Double ferPlusAccuracy, Reliability reliability, String calibration) {
        out.printf(Locale.ROOT, "%s: %d faces, accuracy %.2f%%%s%n", name, matrix.total(),
                matrix.accuracy() * 100, views == TestTimeViews.CENTRE ? "" : " (" + views.label() + ")");
        if (ferPlusAccuracy != null) {
            out.printf(Locale.ROOT, "accuracy against the FER+ majority %.2f%%%n", ferPlusAccuracy * 100);
        }
        out.printf(Locale.ROOT, "expected calibration error %.4f (%d bins, %s)%n%n",
                reliability.expectedCalibrationError(), Reliability.BINS, calibration);
        out.printf(Locale.ROOT, "%-10s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support");
        for (ConfusionMatrix.ClassScore s : matrix.perClass()) {
            out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %8d%n", s.emotion(), s.precision(),
                    s.recall(), s.f1(), s.support());
        }
        out.println();
        out.print(matrix.toText());
    }

    /** {@code detector} is named because a model folder without YuNet's file falls back to the Haar cascade. */
    static void printPhotos(PrintStream out, PhotoEvaluation.Report report, String detector,
                            List<PreprocessingSweep.Variant> variants) {
        out.printf(Locale.ROOT, "%d photos: face found in %d (%.1f%%) by %s, %d unreadable%n", report.photos(),
                report.facesFound(), report.faceFoundRate() * 100, detector, report.unreadable());
        out.printf(Locale.ROOT, "accuracy where a face was found %.2f%%, over all photos %.2f%% (views: %s)%n%n",
                report.accuracyWhereFound() * 100, report.accuracyOverall() * 100, report.views());
        out.printf(Locale.ROOT, "the bot would ask instead of answering for %d of %d faces (%.1f%%)%n%n",
                report.asked(), report.facesFound(), report.askRate() * 100);
        for (ConfusionMatrix.ClassScore s : report.perClass()) {
            out.printf(Locale.ROOT, "%-10s recall %.3f  (%d photos with a face)  predicted for %4.1f%% of faces%n",
                    s.emotion(), s.recall(), s.support(), report.predictedShare().get(s.emotion()) * 100);
        }
        out.println();
        out.print(ConfusionMatrix.of(report.confusion()).toText());
        if (!variants.isEmpty()) {
            out.printf(Locale.ROOT, "%n%-42s %9s %12s%n", "crop variant", "accuracy", "called angry");
            for (PreprocessingSweep.Variant v : variants) {
                out.printf(Locale.ROOT, "%-42s %8.2f%% %11.1f%%%n", v.name(), v.accuracy() * 100, v.angryShare() * 100);
            }
        }
    }
}
