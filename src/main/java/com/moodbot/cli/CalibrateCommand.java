package com.moodbot.cli;

import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.training.Evaluator;
import com.moodbot.training.FerCsvReader;
import com.moodbot.training.LabeledFace;
import com.moodbot.training.Predictions;
import com.moodbot.training.Progress;
import com.moodbot.training.Reliability;
import com.moodbot.training.ReliabilityChart;
import com.moodbot.training.Split;
import com.moodbot.training.TemperatureScaling;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code moodbot calibrate}: fits the softmax temperature on a validation split and stores it with the model. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit temperature scaling on PublicTest (single crop) and write it into the model's spec.")
public final class CalibrateCommand implements Callable<Integer> {

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
        Predictions raw;
        try (EmotionClassifier classifier = EmotionClassifier.load(model, 1, 1.0);
             ProgressBar bar = Progress.bar("calibrate", faces.size())) {
            raw = Evaluator.predict(classifier, faces, false, bar::stepBy);
        }
        double[][] logits = TemperatureScaling.logitsOf(raw.probabilities(), 1.0);
        double t = TemperatureScaling.fit(logits, raw.labels());
        Reliability before = raw.reliability();
        Reliability after = new Predictions(TemperatureScaling.probabilities(logits, t), raw.labels()).reliability();
        ModelFiles.writeTemperature(model, t, fitOn.csvName() + " single crop, " + faces.size() + " faces");
        System.out.printf(Locale.ROOT, "temperature %.4f fitted on %s (%d faces), written to %s%n", t,
                fitOn.csvName(), faces.size(), model.resolve(ModelFiles.SPEC));
        System.out.printf(Locale.ROOT, "negative log-likelihood %.4f -> %.4f%n",
                TemperatureScaling.nll(logits, raw.labels(), 1), TemperatureScaling.nll(logits, raw.labels(), t));
        System.out.printf(Locale.ROOT, "expected calibration error (%d bins) %.4f -> %.4f%n", Reliability.BINS,
                before.expectedCalibrationError(), after.expectedCalibrationError());
        if (pngDir != null) {
            Files.createDirectories(pngDir);
            String name = fitOn.csvName().toLowerCase(Locale.ROOT);
            ReliabilityChart.write(before, fitOn.csvName() + ", uncalibrated", pngDir.resolve("reliability-" + name + "-raw.png"));
            ReliabilityChart.write(after, fitOn.csvName() + ", T = " + String.format(Locale.ROOT, "%.2f", t),
                    pngDir.resolve("reliability-" + name + "-calibrated.png"));
        }
        return 0;
    }
}
