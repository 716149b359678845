package com.moodbot.cli;

import com.moodbot.emotion.ClassifierFactory;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.FaceScorer;
import com.moodbot.emotion.MeanScorer;
import com.moodbot.emotion.NetworkSpec;
import com.moodbot.emotion.TorchThreads;
import com.moodbot.options.CommandProperties;
import com.moodbot.data.CalibrationSlice;
import com.moodbot.training.EmotionTrainer;
import com.moodbot.data.FaceExport;
import com.moodbot.data.FerPlusVotes;
import com.moodbot.data.LabeledFace;
import com.moodbot.data.PhotoFaces;
import com.moodbot.data.PhotoLabels;
import com.moodbot.training.Progress;
import com.moodbot.training.TeacherScores;
import com.moodbot.training.TeacherTargets;
import com.moodbot.training.TrainOptions;
import com.moodbot.training.TrainingArtifacts;
import com.moodbot.training.TrainingState;
import com.moodbot.training.ValidationSet;
import com.moodbot.vision.FaceFinder;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moodbot train}: trains the emotion model on FER2013 (or image folders), optionally with FER+ votes and real photos. */
@Command(name = "train", mixinStandardHelpOptions = true, defaultValueProvider = TrainDefaults.class,
        description = "Train the VGG19-BN emotion model; checkpoints every epoch, best chosen on the validation sets.")
public final class TrainCommand implements Callable<Integer>, CommandProperties {

    @Inject
    TrainingArtifacts artifacts;

    @Inject
    ClassifierFactory classifiers;

    @Inject
    Provider<FaceFinder> finder;

    @Mixin
    TrainRecipe recipe;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "target/training", description = "run folder (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--resume", description = "continue the run in --out from its last checkpoint, momentum included, "
            + "with the options it was started with (one given that differs is an error)")
    boolean resume;

    @Option(names = "--export-faces", paramLabel = "DIR", description = "write the training faces (targets included) "
            + "and each validation set to DIR, a new folder, for a teacher trained elsewhere (docs/teacher.md), then stop; "
            + "nothing is written to --out")
    Path exportFaces;

    @Option(names = "--max-minutes", defaultValue = "0",
            description = "stop after the last epoch that fits in this many minutes (0 = no limit)")
    double maxMinutes;

    /**
     * Settles the recipe (a resumed run's own, or the one given, kept in the run folder; an export writes
     * nothing there), whose --yunet crops the photos.
     */
    @Override
    public Map<String, Object> contextProperties() throws IOException {
        if (resume) {
            recipe = RunArguments.resume(out, recipe, givenOptions());
        } else if (recipe.data == null) {
            throw new IllegalArgumentException("--data CSV (or an image folder) is required");
        } else if (exportFaces != null) {
            NewFolder.require(exportFaces, "pack_faces.py packs every set in it");
        } else {
            RunArguments.write(out, recipe);
        }
        return LabelledPhotos.visionProperties(recipe.yunet);
    }

    @Override
    public Integer call() throws Exception {
        TrainRecipe r = recipe;
        FaceData faces = FaceData.load(r.data, r.validation);
        List<LabeledFace> train = new ArrayList<>(FaceData.head(faces.training(), r.limit));
        String described = r.data.getFileName().toString();
        if (r.ferPlus != null) {
            FerPlusVotes votes = FerPlusVotes.read(r.ferPlus);
            train = new ArrayList<>(votes.soften(train, 1f - r.ferPlusWeight));
            described += " + FER+ votes (weight " + r.ferPlusWeight + ")";
        }
        List<ValidationSet> sets = new ArrayList<>();
        sets.add(new ValidationSet(faces.validationName(), FaceData.head(faces.validation(), r.validationLimit)));
        for (TrainRecipe.PhotoSet set : r.photoSets) {
            described += addPhotos(set, train, sets);
        }
        if (exportFaces != null) {
            return export(train, sets);
        }
        if (!r.teachers.isEmpty()) {
            train = distil(train);
            described += " + teacher " + r.teachers + " (weight " + r.teacherWeight + ", " + teacherViews(r.teachers) + ")";
        }
        TrainOptions options = TrainOptions.builder(out, new NetworkSpec(r.width, r.inputSize, r.dropout))
                .data(described).epochs(r.epochs).batchSize(r.batchSize).learningRate(r.learningRate)
                .weightDecay(r.weightDecay).labelSmoothing(r.labelSmoothing).classWeightPower(r.classWeightPower)
                .seed(r.seed).resume(resume).maxMinutes(maxMinutes).augmentWarmupEpochs(r.augmentWarmup)
                .initialWeights(r.initFrom).snapshotFromEpoch(r.snapshotFrom).photoWeightEnd(r.photoWeightEnd).build();
        TrainingState state = new EmotionTrainer(artifacts).train(options, train, sets);
        System.out.printf(Locale.ROOT, "Best selection score %.2f%% at epoch %d; model in %s%n",
                state.bestValidationAccuracy() * 100, state.bestEpoch(), out);
        return 0;
    }

    /** The recipe's options given on this command line, by the name {@link RunArguments} compares them under. */
    private Set<String> givenOptions() {
        Set<String> given = new HashSet<>();
        spec.commandLine().getParseResult().matchedOptions().forEach(o -> given.add(RunArguments.comparedAs(o)));
        if (!recipe.photoSets.isEmpty()) {
            given.add(RunArguments.comparedAs(spec.findOption("--photos")));
        }
        return given;
    }

    private String addPhotos(TrainRecipe.PhotoSet set, List<LabeledFace> train, List<ValidationSet> sets) throws IOException {
        if (set.train == null && set.val == null) {
            throw new IllegalArgumentException("--photos " + set.dir + " needs --photo-train and/or --photo-val");
        }
        StringBuilder described = new StringBuilder();
        FaceFinder finder = this.finder.get();
        if (set.train != null) {
            CalibrationSlice.Carved carved = CalibrationSlice.carve(PhotoLabels.read(set.train, set.dir),
                    recipe.calibrationShare, recipe.calibrationSeed);
            PhotoFaces.Result r = PhotoFaces.crop(finder, carved.training());
            for (int i = 0; i < recipe.photoRepeat; i++) {
                train.addAll(r.faces());
            }
            described.append(" + ").append(r.faces().size()).append(" faces from ").append(setName(set.train))
                    .append(" x").append(recipe.photoRepeat).append(" (no face in ").append(r.withoutFace()).append(')');
            if (recipe.photoWeightEnd != 1f) {
                described.append(", loss weight 1 -> ").append(recipe.photoWeightEnd);
            }
            if (!carved.slice().isEmpty()) {
                PhotoFaces.Result slice = PhotoFaces.crop(finder, carved.slice());
                sets.add(new ValidationSet(setName(set.train) + "-calibration",
                        Collections.unmodifiableList(slice.faces())));
                described.append(", ").append(carved.slice().size()).append(" held out for calibration (share ")
                        .append(recipe.calibrationShare).append(", seed ").append(recipe.calibrationSeed).append(')');
            }
        }
        if (set.val != null) {
            PhotoFaces.Result r = PhotoFaces.crop(finder, PhotoLabels.read(set.val, set.dir));
            sets.add(new ValidationSet(setName(set.val), Collections.unmodifiableList(r.faces())));
        }
        return described.toString();
    }

    private int export(List<LabeledFace> train, List<ValidationSet> sets) throws IOException {
        int n = FaceExport.write(exportFaces.resolve("train.bin"), train);
        System.out.printf(Locale.ROOT, "%d training faces -> %s%n", n, exportFaces.resolve("train.bin"));
        for (ValidationSet set : sets) {
            Path file = exportFaces.resolve(set.name() + ".bin");
            System.out.printf(Locale.ROOT, "%d faces of %s -> %s%n", FaceExport.write(file, set.faces()), set.name(), file);
        }
        return 0;
    }

    /** Each teacher is a model folder scored here, or a scores file written by a teacher trained elsewhere. */
    private List<LabeledFace> distil(List<LabeledFace> train) throws IOException {
        List<EmotionClassifier> models = new ArrayList<>();
        List<FaceScorer> members = new ArrayList<>();
        try {
            for (Path teacher : recipe.teachers) {
                if (Files.isRegularFile(teacher)) {
                    TeacherScores scores = TeacherScores.read(teacher);
                    scores.requireAll(train);
                    members.add(scores);
                } else {
                    EmotionClassifier model = classifiers.uncalibrated(teacher);
                    models.add(model);
                    members.add(model);
                }
            }
            TorchThreads.forTraining();
            try (ProgressBar bar = Progress.bar("teacher", train.size())) {
                return TeacherTargets.blend(new MeanScorer(members), train, recipe.teacherWeight, bar::stepBy);
            }
        } finally {
            models.forEach(EmotionClassifier::close);
        }
    }

    /** Model folders score ten crops here; a scores file brings the views its teacher used. */
    static String teacherViews(List<Path> teachers) {
        long files = teachers.stream().filter(Files::isRegularFile).count();
        return files == 0 ? "ten-crop" : files == teachers.size() ? "its own views" : "ten-crop and its own views";
    }

    /** {@code .../expw/val.csv} is "expw-val". */
    static String setName(Path csv) {
        String file = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        Path parent = csv.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? file : parent.getFileName() + "-" + file;
    }
}
