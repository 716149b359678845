package com.moodbot.cli;

import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.training.PhotoEvaluation;
import com.moodbot.training.PhotoLabels;
import com.moodbot.vision.FaceFinder;
import com.moodbot.training.ConfusionMatrix;
import com.moodbot.training.DatasetFormatException;
import com.moodbot.training.Evaluator;
import com.moodbot.training.FerCsvReader;
import com.moodbot.training.ImageFolderReader;
import com.moodbot.training.LabeledFace;
import com.moodbot.training.Progress;
import com.moodbot.training.Split;
import com.moodbot.training.TrainingArtifacts;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code moodbot evaluate}: accuracy, per-class scores and confusion matrix on a CSV split or image folder. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate the emotion model on a FER2013 CSV split or on an image folder of face crops.")
public final class EvaluateCommand implements Callable<Integer> {

    @Inject
    JsonMapper json;

    @Option(names = "--data", defaultValue = com.moodbot.training.FerCsvReader.DEFAULT_PATH,
            description = "FER2013 CSV (.csv/.csv.gz) or a folder of class sub-folders (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--split", defaultValue = "PrivateTest",
            description = "CSV split: Training, PublicTest or PrivateTest (default ${DEFAULT-VALUE})")
    String split;

    @picocli.CommandLine.Mixin
    ModelOptions pipeline;

    @Option(names = "--ten-crop", description = "average predictions over ten crops (corners, centre, mirrored)")
    boolean tenCrop;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean asJson;

    @Option(names = "--png", description = "also write the confusion matrix as a PNG into this folder")
    Path pngDir;

    @Option(names = "--photos", description = "evaluate the full pipeline on whole photos in this folder (needs --labels)")
    Path photos;

    @Option(names = "--labels", description = "CSV of file,label (label by class name) for --photos")
    Path labels;

    @Override
    public Integer call() throws Exception {
        try {
            if (photos != null) {
                return evaluatePhotos();
            }
            List<LabeledFace> faces = load();
            ConfusionMatrix matrix;
            try (EmotionClassifier classifier = pipeline.classifier(1);
                 ProgressBar bar = Progress.bar("evaluate", faces.size())) {
                matrix = Evaluator.evaluate(classifier, faces, tenCrop, bar::stepBy);
            }
            String name = Files.isDirectory(data) ? data.getFileName().toString() : split;
            if (pngDir != null) {
                Files.createDirectories(pngDir);
                new TrainingArtifacts(json).writeConfusion(pngDir, name + (tenCrop ? "-tencrop" : ""),
                        tenCrop ? "ten-crop" : "centre crop", matrix);
            }
            if (asJson) {
                System.out.println(json.writeValueAsString(new Report(name, tenCrop, matrix.total(), matrix.accuracy(),
                        matrix.perClass(), matrix.counts())));
            } else {
                System.out.printf(Locale.ROOT, "%s: %d faces, accuracy %.2f%%%s%n%n", name, matrix.total(),
                        matrix.accuracy() * 100, tenCrop ? " (ten-crop)" : "");
                System.out.printf(Locale.ROOT, "%-10s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support");
                for (ConfusionMatrix.ClassScore s : matrix.perClass()) {
                    System.out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %8d%n", s.emotion(), s.precision(),
                            s.recall(), s.f1(), s.support());
                }
                System.out.println();
                System.out.print(matrix.toText());
            }
            return 0;
        } catch (DatasetFormatException | IllegalArgumentException | NoSuchFileException e) {
            System.err.println("evaluate: " + CliErrors.describe(e));
            return 2;
        }
    }

    private int evaluatePhotos() throws Exception {
        if (labels == null) {
            throw new IllegalArgumentException("--photos needs --labels labels.csv (file,label)");
        }
        List<PhotoLabels.Entry> entries = PhotoLabels.read(labels, photos);
        PhotoEvaluation.Report report;
        try (FaceFinder finder = pipeline.faceFinder();
             EmotionClassifier classifier = pipeline.classifier(1);
             ProgressBar bar = Progress.bar("evaluate photos", entries.size())) {
            report = PhotoEvaluation.run(new PhotoAnalyzer(finder, classifier, tenCrop), entries, bar::stepBy);
        }
        if (asJson) {
            System.out.println(json.writeValueAsString(report));
            return 0;
        }
        System.out.printf(Locale.ROOT, "%d photos: face found in %d (%.1f%%), %d unreadable%n", report.photos(),
                report.facesFound(), report.faceFoundRate() * 100, report.unreadable());
        System.out.printf(Locale.ROOT, "accuracy where a face was found %.2f%%, over all photos %.2f%%%n%n",
                report.accuracyWhereFound() * 100, report.accuracyOverall() * 100);
        for (ConfusionMatrix.ClassScore s : report.perClass()) {
            System.out.printf(Locale.ROOT, "%-10s recall %.3f  (%d photos with a face)%n", s.emotion(), s.recall(), s.support());
        }
        System.out.println();
        System.out.print(ConfusionMatrix.of(report.confusion()).toText());
        return 0;
    }

    private List<LabeledFace> load() throws java.io.IOException {
        if (!Files.exists(data)) {
            throw new NoSuchFileException(data.toString());
        }
        if (Files.isDirectory(data)) {
            return ImageFolderReader.read(data);
        }
        Split wanted = Split.ofCsvName(split).orElseThrow(() -> new IllegalArgumentException(
                "unknown split '" + split + "' (expected Training, PublicTest or PrivateTest)"));
        return FerCsvReader.read(data).get(wanted);
    }

    @Serdeable
    record Report(String dataset, boolean tenCrop, int faces, double accuracy,
                  List<ConfusionMatrix.ClassScore> perClass, int[][] confusion) {
    }
}
