package com.moodbot.cli;

import com.moodbot.emotion.TestTimeViews;
import com.moodbot.emotion.Calibration;
import com.moodbot.emotion.ClassifierFactory;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.options.CommandProperties;
import com.moodbot.options.ModelOptions;
import com.moodbot.evaluation.ClassOffsetFit;
import com.moodbot.evaluation.Evaluator;
import com.moodbot.data.FerCsvReader;
import com.moodbot.data.FerPlusVotes;
import com.moodbot.data.LabeledFace;
import com.moodbot.evaluation.Predictions;
import com.moodbot.training.Progress;
import com.moodbot.evaluation.Reliability;
import com.moodbot.evaluation.ReliabilityChart;
import com.moodbot.data.Split;
import com.moodbot.evaluation.TemperatureScaling;
import com.moodbot.vision.FaceFinder;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code moodbot calibrate}: fits the softmax temperature on a validation split and, unless told
 * not to, per-class offsets on it and on a set of real photos; stores both with the model.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit temperature scaling on PublicTest and class offsets on PublicTest and "
                + "--photos, and write them into the model's spec.")
public final class CalibrateCommand implements Callable<Integer>, CommandProperties {

    @Inject
    ClassifierFactory classifiers;

    @Inject
    Provider<FaceFinder> finder;

    @Option(names = "--model", defaultValue = "${env:MOODBOT_MODEL_DIR:-models}",
            description = "model folder to calibrate (default: MOODBOT_MODEL_DIR, else models)")
    Path model;

    @Option(names = "--data", required = true, description = "FER2013 CSV (.csv or .csv.gz)")
    Path data;

    @Option(names = "--split", defaultValue = "PublicTest",
            description = "split to fit on: Training or PublicTest; never PrivateTest (default ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--png", description = "also write reliability diagrams before and after into this folder")
    Path pngDir;

    @Option(names = "--offsets", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "fit per-class offsets too (default ${DEFAULT-VALUE})")
    boolean offsets;

    @Option(names = "--min-recall", defaultValue = "0.45",
            description = "recall each class should keep on the split (default ${DEFAULT-VALUE})")
    double minRecall;

    @Option(names = "--photo-min-recall", defaultValue = "0.20",
            description = "recall each class should keep on --photos (default ${DEFAULT-VALUE})")
    double photoMinRecall;

    @Option(names = "--max-share", defaultValue = "0.30",
            description = "largest share of a set's faces one class may take (default ${DEFAULT-VALUE})")
    double maxShare;

    @Option(names = "--ferplus", description = "FER+ votes aligned with --data: the offsets also keep agreement "
            + "with the FER+ majority on the split")
    Path ferPlus;

    @Option(names = "--views", converter = ModelOptions.ViewsConverter.class, paramLabel = "centre|mirror|ten-crop",
            defaultValue = "centre", description = "views of each face whose probabilities are averaged before fitting "
                    + "(default ${DEFAULT-VALUE}, as the shipped calibration was fitted; with more views the fit "
                    + "approximates the service, which calibrates each view and then averages)")
    TestTimeViews fitViews;

    @Mixin
    LabelledPhotos photos;

    @Override
    public Map<String, Object> contextProperties() {
        return photos.properties();
    }

    @Override
    public Integer call() throws Exception {
        Split fitOn = Split.ofCsvName(split).orElseThrow(() -> new IllegalArgumentException(
                "unknown split '" + split + "' (expected Training or PublicTest)"));
        if (fitOn == Split.PRIVATE_TEST) {
            throw new IllegalArgumentException("PrivateTest is the reported test split; nothing is fitted on it");
        }
        if (!Files.isRegularFile(data)) {
            throw new NoSuchFileException(data.toString());
        }
        List<LabeledFace> faces = FerCsvReader.read(data).get(fitOn);
        List<LabeledFace> photoFaces = photos.faces(finder);
        Predictions raw;
        Predictions rawPhotos;
        try (EmotionClassifier classifier = classifiers.uncalibrated(model);
             ProgressBar bar = Progress.bar("calibrate", faces.size() + photoFaces.size())) {
            raw = Evaluator.predict(classifier, faces, fitViews, bar::stepBy);
            rawPhotos = Evaluator.predict(classifier, photoFaces, fitViews, bar::stepBy);
        }
        double[][] logits = TemperatureScaling.logitsOf(raw.probabilities(), 1.0);
        double t = TemperatureScaling.fit(logits, raw.labels());
        Calibration calibration = Calibration.temperatureOnly(t);
        String fittedOn = fitOn.csvName() + ", " + fitViews.phrase() + ", " + faces.size() + " faces";
        if (offsets) {
            ClassOffsetFit fit = new ClassOffsetFit(fitOn.csvName(), logits, raw.labels(), ferPlusMajority(faces), minRecall,
                    TemperatureScaling.logitsOf(rawPhotos.probabilities(), 1.0), rawPhotos.labels(),
                    photoMinRecall, maxShare);
            calibration = fit.fit(t, System.out);
            fittedOn += photoFaces.isEmpty() ? "" : "; class offsets also on " + photoFaces.size() + " photo faces";
        }
        Reliability before = raw.reliability();
        Reliability after = new Predictions(TemperatureScaling.probabilities(logits, calibration.temperature(),
                calibration.offsets()), raw.labels()).reliability();
        ModelFiles.writeCalibration(model, calibration, fittedOn);
        System.out.printf(Locale.ROOT, "temperature %.4f fitted on %s (%d faces), written to %s%n",
                calibration.temperature(), fitOn.csvName(), faces.size(), model.resolve(ModelFiles.SPEC));
        System.out.printf(Locale.ROOT, "negative log-likelihood %.4f -> %.4f%n",
                TemperatureScaling.nll(logits, raw.labels(), 1), TemperatureScaling.nll(logits, raw.labels(),
                        calibration.temperature(), calibration.offsets()));
        System.out.printf(Locale.ROOT, "expected calibration error (%d bins) %.4f -> %.4f%n", Reliability.BINS,
                before.expectedCalibrationError(), after.expectedCalibrationError());
        if (pngDir != null) {
            Files.createDirectories(pngDir);
            String name = fitOn.csvName().toLowerCase(Locale.ROOT);
            ReliabilityChart.write(before, fitOn.csvName() + ", uncalibrated", pngDir.resolve("reliability-" + name + "-raw.png"));
            ReliabilityChart.write(after, fitOn.csvName() + ", T = " + String.format(Locale.ROOT, "%.2f",
                    calibration.temperature()), pngDir.resolve("reliability-" + name + "-calibrated.png"));
        }
        return 0;
    }

    /** Each face's FER+ majority class index, or -1 where it has none (or no --ferplus was given). */
    private int[] ferPlusMajority(List<LabeledFace> faces) throws IOException {
        if (ferPlus == null) {
            int[] none = new int[faces.size()];
            Arrays.fill(none, -1);
            return none;
        }
        return FerPlusVotes.read(ferPlus).majorityIndices(faces);
    }
}
