package com.moodbot.cli;

import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.Calibration;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.options.ModelOptions;
import com.moodbot.training.ConfusionMatrix;
import com.moodbot.training.Evaluator;
import com.moodbot.training.FerCsvReader;
import com.moodbot.training.FerPlusVotes;
import com.moodbot.training.ImageFolderReader;
import com.moodbot.training.LabeledFace;
import com.moodbot.training.PhotoEvaluation;
import com.moodbot.training.PhotoLabels;
import com.moodbot.training.Predictions;
import com.moodbot.training.PreprocessingSweep;
import com.moodbot.training.Progress;
import com.moodbot.training.Reliability;
import com.moodbot.training.ReliabilityChart;
import com.moodbot.training.Split;
import com.moodbot.training.TrainingArtifacts;
import com.moodbot.vision.FaceFinder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
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

    @Option(names = "--data",
            description = "FER2013 CSV (.csv/.csv.gz) or a folder of class sub-folders (needed unless --photos)")
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

    @Option(names = "--png", description = "also write the confusion matrix (PNG and text) into this folder")
    Path pngDir;

    @Option(names = "--reliability", description = "also write the reliability diagram (calibration) to this PNG")
    Path reliabilityPng;

    @Option(names = "--ferplus", description = "FER+ votes aligned with the --data CSV: also report accuracy against the FER+ majority")
    Path ferPlus;

    @Option(names = "--photos", description = "evaluate the full pipeline on whole photos in this folder (needs --labels)")
    Path photos;

    @Option(names = "--labels", description = "CSV of file,label (label by class name) for --photos")
    Path labels;

    @Option(names = "--sweep", description = "with --photos: also classify the faces cut with other framings, "
            + "blurred, or shrunk and enlarged, and print accuracy and the share called angry for each")
    boolean sweep;

    @Override
    public Integer call() throws Exception {
        if (photos != null) {
            return evaluatePhotos();
        }
        List<LabeledFace> faces = load();
        Predictions predictions;
        Calibration calibration;
        try (ApplicationContext context = pipeline.context(1, tenCrop);
             ProgressBar bar = Progress.bar("evaluate", faces.size())) {
            EmotionClassifier classifier = context.getBean(EmotionClassifier.class);
            predictions = Evaluator.predict(classifier, faces, tenCrop, bar::stepBy);
            calibration = classifier.calibration();
        }
        double temperature = calibration.temperature();
        ConfusionMatrix matrix = predictions.confusion();
        Reliability reliability = predictions.reliability();
        Double ferPlusAccuracy = ferPlus == null ? null : ferPlusMajorityAccuracy(faces, predictions);
        String name = Files.isDirectory(data) ? data.getFileName().toString() : split;
        if (reliabilityPng != null) {
            ReliabilityChart.write(reliability, name + (tenCrop ? " ten-crop" : "") + String.format(Locale.ROOT,
                    ", T = %.2f", temperature), reliabilityPng);
        }
        if (pngDir != null) {
            Files.createDirectories(pngDir);
            new TrainingArtifacts(json).writeConfusion(pngDir, name + (tenCrop ? "-tencrop" : ""),
                    tenCrop ? "ten-crop" : "centre crop", matrix);
        }
        if (asJson) {
            System.out.println(json.writeValueAsString(new Report(name, tenCrop, matrix.total(), matrix.accuracy(),
                    ferPlusAccuracy, temperature, calibration.offsets(), reliability.expectedCalibrationError(),
                    matrix.perClass(),
                    matrix.counts())));
        } else {
            System.out.printf(Locale.ROOT, "%s: %d faces, accuracy %.2f%%%s%n", name, matrix.total(),
                    matrix.accuracy() * 100, tenCrop ? " (ten-crop)" : "");
            if (ferPlusAccuracy != null) {
                System.out.printf(Locale.ROOT, "accuracy against the FER+ majority %.2f%%%n", ferPlusAccuracy * 100);
            }
            System.out.printf(Locale.ROOT, "expected calibration error %.4f (%d bins, temperature %.3f%s)%n%n",
                    reliability.expectedCalibrationError(), Reliability.BINS, temperature,
                    calibration.hasOffsets() ? ", class offsets " + Arrays.toString(calibration.offsets()) : "");
            System.out.printf(Locale.ROOT, "%-10s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support");
            for (ConfusionMatrix.ClassScore s : matrix.perClass()) {
                System.out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %8d%n", s.emotion(), s.precision(),
                        s.recall(), s.f1(), s.support());
            }
            System.out.println();
            System.out.print(matrix.toText());
        }
        return 0;
    }

    /** e.g. {@code expw-val} for {@code expw/photos} labelled by {@code expw/val.csv}. */
    private String photoSetName() {
        Path folder = photos.toAbsolutePath().normalize().getParent();
        String stem = labels.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return folder == null || folder.getFileName() == null ? stem : folder.getFileName() + "-" + stem;
    }

    private int evaluatePhotos() throws Exception {
        if (labels == null) {
            throw new IllegalArgumentException("--photos needs --labels labels.csv (file,label)");
        }
        List<PhotoLabels.Entry> entries = PhotoLabels.read(labels, photos);
        PhotoEvaluation.Report report;
        List<PreprocessingSweep.Variant> variants = List.of();
        try (ApplicationContext context = pipeline.context(1, tenCrop);
             ProgressBar bar = Progress.bar("evaluate photos", entries.size())) {
            report = PhotoEvaluation.run(context.getBean(PhotoAnalyzer.class), entries, bar::stepBy);
            if (sweep) {
                variants = PreprocessingSweep.run(context.getBean(FaceFinder.class), context.getBean(EmotionClassifier.class),
                        entries);
            }
        }
        if (pngDir != null) {
            Files.createDirectories(pngDir);
            new TrainingArtifacts(json).writeConfusion(pngDir, photoSetName(), "whole photos, "
                    + report.facesFound() + " faces found", ConfusionMatrix.of(report.confusion()));
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
            System.out.printf(Locale.ROOT, "%-10s recall %.3f  (%d photos with a face)  predicted for %4.1f%% of faces%n",
                    s.emotion(), s.recall(), s.support(), report.predictedShare().get(s.emotion()) * 100);
        }
        System.out.println();
        System.out.print(ConfusionMatrix.of(report.confusion()).toText());
        if (!variants.isEmpty()) {
            System.out.printf(Locale.ROOT, "%n%-42s %9s %12s%n", "crop variant", "accuracy", "called angry");
            for (PreprocessingSweep.Variant v : variants) {
                System.out.printf(Locale.ROOT, "%-42s %8.2f%% %11.1f%%%n", v.name(), v.accuracy() * 100,
                        v.angryShare() * 100);
            }
        }
        return 0;
    }

    /** Over the faces whose FER+ votes give a majority emotion (see {@link FerPlusVotes}). */
    private double ferPlusMajorityAccuracy(List<LabeledFace> faces, Predictions predictions) throws IOException {
        int[] majority = FerPlusVotes.read(ferPlus).majorityIndices(faces);
        int counted = 0;
        int correct = 0;
        for (int i = 0; i < faces.size(); i++) {
            if (majority[i] >= 0) {
                counted++;
                if (Emotion.mostLikely(predictions.probabilities()[i]).ordinal() == majority[i]) {
                    correct++;
                }
            }
        }
        return counted == 0 ? 0 : correct / (double) counted;
    }

    private List<LabeledFace> load() throws IOException {
        if (data == null) {
            throw new IllegalArgumentException("--data CSV (or an image folder) is needed unless --photos is given");
        }
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
    record Report(String dataset, boolean tenCrop, int faces, double accuracy, Double ferPlusMajorityAccuracy,
                  double temperature, double[] classOffsets,
                  double expectedCalibrationError, List<ConfusionMatrix.ClassScore> perClass, int[][] confusion) {
    }
}
