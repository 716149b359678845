package com.moodbot.cli;

import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.emotion.Calibration;
import com.moodbot.emotion.ClassifierFactory;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.MeanScorer;
import com.moodbot.emotion.ModelConfig;
import com.moodbot.emotion.ServedModel;
import com.moodbot.emotion.TestTimeViews;
import com.moodbot.conversation.ConversationConfig;
import com.moodbot.conversation.UnsureRule;
import com.moodbot.options.CommandProperties;
import com.moodbot.options.ModelOptions;
import com.moodbot.evaluation.ConfusionMatrix;
import com.moodbot.evaluation.Evaluator;
import com.moodbot.data.FerCsvReader;
import com.moodbot.data.FerPlusVotes;
import com.moodbot.data.ImageFolderReader;
import com.moodbot.data.LabeledFace;
import com.moodbot.evaluation.PhotoEvaluation;
import com.moodbot.data.PhotoLabels;
import com.moodbot.evaluation.Predictions;
import com.moodbot.evaluation.PreprocessingSweep;
import com.moodbot.training.Progress;
import com.moodbot.evaluation.Reliability;
import com.moodbot.evaluation.ReliabilityChart;
import com.moodbot.data.Split;
import com.moodbot.training.TrainingArtifacts;
import com.moodbot.vision.FaceFinder;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code moodbot evaluate}: accuracy, per-class scores and confusion matrix on a CSV split or image folder. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate the emotion model on a FER2013 CSV split, an image folder of face crops, "
                + "or labelled whole photos (--photos).")
public final class EvaluateCommand implements Callable<Integer>, CommandProperties {

    @Inject
    JsonMapper json;

    @Inject
    TrainingArtifacts artifacts;

    @Inject
    ClassifierFactory classifiers;

    /** Providers: a missing data set is reported before the model loads. */
    @Inject
    Provider<ServedModel> model;

    @Inject
    Provider<PhotoAnalyzer> analyzer;

    @Inject
    Provider<FaceFinder> finder;

    @Inject
    Provider<ConversationConfig> conversation;

    @Inject
    Provider<ModelConfig> modelConfig;

    @Option(names = "--data",
            description = "FER2013 CSV (.csv/.csv.gz) or a folder of class sub-folders (needed unless --photos)")
    Path data;

    @Option(names = "--split", defaultValue = "PrivateTest",
            description = "CSV split: Training, PublicTest or PrivateTest (default ${DEFAULT-VALUE})")
    String split;

    @picocli.CommandLine.Mixin
    ModelOptions pipeline;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean asJson;

    @Option(names = "--png", description = "also write the confusion matrix (PNG and text) into this folder")
    Path pngDir;

    @Option(names = "--reliability", description = "also write the reliability diagram (calibration) to this PNG")
    Path reliabilityPng;

    @Option(names = "--ferplus",
            description = "FER+ votes aligned with the --data CSV: also report accuracy against the FER+ majority")
    Path ferPlus;

    @Option(names = "--photos", description = "evaluate the full pipeline on whole photos in this folder (needs --labels)")
    Path photos;

    @Option(names = "--labels", description = "CSV of file,label (label by class name) for --photos")
    Path labels;

    @picocli.CommandLine.Mixin
    CalibrationSliceOptions slice = new CalibrationSliceOptions();

    @Option(names = "--with-model", paramLabel = "DIR",
            description = "with --data: also run this model folder, its members too (repeatable) "
            + "and score the mean of all the models' probabilities, as an ensemble or a distillation teacher would")
    List<Path> withModels = List.of();

    @Option(names = "--sweep", description = "with --photos: also classify the faces cut with other framings, "
            + "blurred, or shrunk and enlarged, and print accuracy and the share called angry for each")
    boolean sweep;

    @Override
    public Map<String, Object> contextProperties() {
        return pipeline.properties(1);
    }

    @Override
    public Integer call() throws Exception {
        if (photos != null) {
            if (!withModels.isEmpty()) {
                throw new IllegalArgumentException("--with-model scores face crops (--data), not --photos");
            }
            return evaluatePhotos();
        }
        List<LabeledFace> faces = load();
        Predictions predictions;
        Calibration calibration;
        int networks;
        TestTimeViews views = modelConfig.get().views();
        try (ProgressBar bar = Progress.bar("evaluate", faces.size())) {
            ServedModel model = this.model.get();
            List<ServedModel> others = new ArrayList<>();
            try {
                for (Path dir : withModels) {
                    others.add(classifiers.served(dir));
                }
                List<EmotionClassifier> all = new ArrayList<>(model.networks());
                others.forEach(o -> all.addAll(o.networks()));
                predictions = Evaluator.predict(new MeanScorer(all), faces, views, bar::stepBy);
                networks = all.size();
            } finally {
                others.forEach(ServedModel::close);
            }
            calibration = model.primary().calibration();
        }
        double temperature = calibration.temperature();
        String calibrationText = networks > 1 ? networks + " networks averaged, each calibrated in its own folder"
                : String.format(Locale.ROOT, "temperature %.3f%s", temperature, calibration.hasOffsets()
                        ? ", class offsets " + Arrays.toString(calibration.offsets()) : "");
        ConfusionMatrix matrix = predictions.confusion();
        Reliability reliability = predictions.reliability();
        Double ferPlusAccuracy = ferPlus == null ? null
                : predictions.accuracyAgainst(FerPlusVotes.read(ferPlus).majorityIndices(faces));
        String name = Files.isDirectory(data) ? data.getFileName().toString() : split;
        if (reliabilityPng != null) {
            String scored = networks > 1 ? ", " + networks + " networks"
                    : String.format(Locale.ROOT, ", T = %.2f", temperature);
            ReliabilityChart.write(reliability, name + (views == TestTimeViews.CENTRE ? "" : " " + views.label()) + scored,
                    reliabilityPng);
        }
        if (pngDir != null) {
            Files.createDirectories(pngDir);
            artifacts.writeConfusion(pngDir, name + (views == TestTimeViews.CENTRE ? "" : "-" + views.label()),
                    views.phrase(), matrix);
        }
        if (asJson) {
            System.out.println(json.writeValueAsString(new Report(name, views.label(), matrix.total(), matrix.accuracy(),
                    ferPlusAccuracy, networks, networks > 1 ? null : temperature,
                    networks > 1 ? null : calibration.offsets(), reliability.expectedCalibrationError(),
                    matrix.perClass(),
                    matrix.counts())));
        } else {
            EvaluationText.printFaces(System.out, name, views, matrix, ferPlusAccuracy, reliability, calibrationText);
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
        List<PhotoLabels.Entry> entries = slice.select(PhotoLabels.read(labels, photos));
        PhotoEvaluation.Report report;
        List<PreprocessingSweep.Variant> variants = List.of();
        try (ProgressBar bar = Progress.bar("evaluate photos", entries.size())) {
            ConversationConfig conversation = this.conversation.get();
            report = PhotoEvaluation.run(analyzer.get(), entries,
                    p -> UnsureRule.shouldAsk(p, conversation), bar::stepBy);
            if (sweep) {
                variants = PreprocessingSweep.run(finder.get(), model.get(),
                        entries);
            }
        }
        if (pngDir != null) {
            Files.createDirectories(pngDir);
            artifacts.writeConfusion(pngDir, photoSetName(), "whole photos, "
                    + report.facesFound() + " faces found", ConfusionMatrix.of(report.confusion()));
        }
        if (asJson) {
            System.out.println(json.writeValueAsString(report));
            return 0;
        }
        EvaluationText.printPhotos(System.out, report, finder.get().detectorName(), variants);
        return 0;
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
    record Report(String dataset, String views, int faces, double accuracy, Double ferPlusMajorityAccuracy,
                  int networks, Double temperature, double[] classOffsets,
                  double expectedCalibrationError, List<ConfusionMatrix.ClassScore> perClass, int[][] confusion) {
    }
}
