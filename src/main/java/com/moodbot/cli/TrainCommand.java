package com.moodbot.cli;

import com.moodbot.emotion.Calibration;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.MeanScorer;
import com.moodbot.emotion.NetworkSpec;
import com.moodbot.emotion.TorchThreads;
import com.moodbot.training.CalibrationSlice;
import com.moodbot.training.EmotionTrainer;
import com.moodbot.training.FerPlusVotes;
import com.moodbot.training.LabeledFace;
import com.moodbot.training.PhotoFaces;
import com.moodbot.training.PhotoLabels;
import com.moodbot.training.Progress;
import com.moodbot.training.TeacherTargets;
import com.moodbot.training.TrainOptions;
import com.moodbot.training.TrainingArtifacts;
import com.moodbot.training.TrainingState;
import com.moodbot.training.ValidationSet;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code moodbot train}: trains the emotion model on FER2013 (or image folders), optionally with FER+ votes and real photos. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the VGG19-BN emotion model; checkpoints every epoch, best chosen on the validation sets.")
public final class TrainCommand implements Callable<Integer> {

    @Inject
    JsonMapper json;

    @Option(names = "--data", required = true, description = "FER2013 CSV (.csv or .csv.gz), or a folder of class "
            + "sub-folders (then --validation is required)")
    Path data;

    @Option(names = "--validation", description = "image folder for model selection when --data is a folder")
    Path validation;

    @Option(names = "--ferplus", description = "FER+ votes aligned row for row with the --data CSV: train on soft targets")
    Path ferPlus;

    @Option(names = "--ferplus-weight", defaultValue = "0.5",
            description = "share of each face's target taken from its FER+ votes, the rest on the FER2013 label (default ${DEFAULT-VALUE})")
    float ferPlusWeight;

    /** One source of real photos: a folder and the CSVs (paths relative to it) to train and select on. */
    static final class PhotoSet {
        @Option(names = "--photos", required = true,
                description = "folder of real photos, cropped by the serving pipeline (repeatable, each with its own "
                        + "--photo-train and/or --photo-val)")
        Path dir;

        @Option(names = "--photo-train", description = "file,label CSV of photos in the preceding --photos to mix into training")
        Path train;

        @Option(names = "--photo-val", description = "file,label CSV of photos in the preceding --photos added to model selection")
        Path val;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<PhotoSet> photoSets = new ArrayList<>();

    @Option(names = "--photo-repeat", defaultValue = "3", description = "times each training photo is seen per epoch (default ${DEFAULT-VALUE})")
    int photoRepeat;

    @Option(names = "--calibration-share", defaultValue = "0",
            description = "share of each --photo-train class held out of training as a calibration slice, used for "
                    + "model selection here and by `calibrate --calibration-share` (default ${DEFAULT-VALUE}: none)")
    double calibrationShare;

    @Option(names = "--calibration-seed", defaultValue = "1", description = "seed of the calibration slice (default ${DEFAULT-VALUE})")
    long calibrationSeed;

    @Option(names = "--photo-weight-end", defaultValue = "1",
            description = "loss weight of the training photos at the last epoch, falling linearly from 1 at the first "
                    + "(default ${DEFAULT-VALUE}: constant)")
    float photoWeightEnd;

    @Option(names = "--yunet", description = "YuNet ONNX model for cropping --photos (default: the one in models/, else OpenCV's Haar cascade)")
    Path yunet;

    @Option(names = "--out", defaultValue = "target/training", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--epochs", defaultValue = "44")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "64")
    int batchSize;

    @Option(names = "--lr", defaultValue = "0.02", description = "peak learning rate (default ${DEFAULT-VALUE})")
    float learningRate;

    @Option(names = "--weight-decay", defaultValue = "5e-4")
    float weightDecay;

    @Option(names = "--label-smoothing", defaultValue = "0.05")
    float labelSmoothing;

    @Option(names = "--class-weight-power", defaultValue = "0.3",
            description = "class weight = count^-power, 0 disables (default ${DEFAULT-VALUE})")
    double classWeightPower;

    @Option(names = "--width", defaultValue = "0.25", description = "channel width multiplier (default ${DEFAULT-VALUE})")
    float width;

    @Option(names = "--dropout", defaultValue = "0", description = "dropout before the classifier (default ${DEFAULT-VALUE})")
    float dropout;

    @Option(names = "--input-size", defaultValue = "44")
    int inputSize;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--resume", description = "continue from the last checkpoint in --out, momentum included")
    boolean resume;

    @Option(names = "--limit", defaultValue = "0", description = "use only the first N training faces (smoke runs)")
    int limit;

    @Option(names = "--validation-limit", defaultValue = "0")
    int validationLimit;

    @Option(names = "--max-minutes", defaultValue = "0",
            description = "stop after the last epoch that fits in this many minutes (0 = no limit)")
    double maxMinutes;

    @Option(names = "--augment-warmup", defaultValue = "3",
            description = "epochs with crop/flip/jitter only before the heavier augmentations (default ${DEFAULT-VALUE})")
    int augmentWarmup;

    @Option(names = "--init-from", description = "start from these trained weights with a fresh schedule and momentum "
            + "(a warm restart; the width must match)")
    Path initFrom;

    @Option(names = "--snapshot-from", defaultValue = "0",
            description = "keep each epoch's weights from this epoch on, for `average` (0 = never)")
    int snapshotFrom;

    @Option(names = "--teacher", paramLabel = "DIR", description = "distil from this model folder's raw ten-crop "
            + "probabilities (repeatable: the mean of several models)")
    List<Path> teachers = new ArrayList<>();

    @Option(names = "--teacher-weight", defaultValue = "0.5",
            description = "share of each target taken from the teacher (default ${DEFAULT-VALUE})")
    float teacherWeight;

    @Override
    public Integer call() throws Exception {
        FaceData faces = FaceData.load(data, validation);
        List<LabeledFace> train = new ArrayList<>(FaceData.head(faces.training(), limit));
        String described = data.getFileName().toString();
        if (ferPlus != null) {
            FerPlusVotes votes = FerPlusVotes.read(ferPlus);
            train = new ArrayList<>(votes.soften(train, 1f - ferPlusWeight));
            described += " + FER+ votes (weight " + ferPlusWeight + ")";
        }
        List<ValidationSet> sets = new ArrayList<>();
        sets.add(new ValidationSet(faces.validationName(), FaceData.head(faces.validation(), validationLimit)));
        for (PhotoSet set : photoSets) {
            described += addPhotos(set, train, sets);
        }
        if (!teachers.isEmpty()) {
            train = distil(train);
            described += " + teacher " + teachers + " (weight " + teacherWeight + ", ten-crop)";
        }
        TrainOptions options = TrainOptions.builder(out, new NetworkSpec(width, inputSize, dropout))
                .data(described).epochs(epochs).batchSize(batchSize).learningRate(learningRate)
                .weightDecay(weightDecay).labelSmoothing(labelSmoothing).classWeightPower(classWeightPower)
                .seed(seed).resume(resume).maxMinutes(maxMinutes).augmentWarmupEpochs(augmentWarmup)
                .initialWeights(initFrom).snapshotFromEpoch(snapshotFrom).photoWeightEnd(photoWeightEnd).build();
        TrainingState state = new EmotionTrainer(new TrainingArtifacts(json)).train(options, train, sets);
        System.out.printf("Best selection score %.2f%% at epoch %d; model in %s%n",
                state.bestValidationAccuracy() * 100, state.bestEpoch(), out);
        return 0;
    }

    private String addPhotos(PhotoSet set, List<LabeledFace> train, List<ValidationSet> sets) throws IOException {
        if (set.train == null && set.val == null) {
            throw new IllegalArgumentException("--photos " + set.dir + " needs --photo-train and/or --photo-val");
        }
        StringBuilder described = new StringBuilder();
        LabelledPhotos.withFinder(yunet, finder -> {
            if (set.train != null) {
                CalibrationSlice.Carved carved = CalibrationSlice.carve(PhotoLabels.read(set.train, set.dir),
                        calibrationShare, calibrationSeed);
                PhotoFaces.Result r = PhotoFaces.crop(finder, carved.training());
                for (int i = 0; i < photoRepeat; i++) {
                    train.addAll(r.faces());
                }
                described.append(" + ").append(r.faces().size()).append(" faces from ").append(setName(set.train))
                        .append(" x").append(photoRepeat).append(" (no face in ").append(r.withoutFace()).append(')');
                if (photoWeightEnd != 1f) {
                    described.append(", loss weight 1 -> ").append(photoWeightEnd);
                }
                if (!carved.slice().isEmpty()) {
                    PhotoFaces.Result slice = PhotoFaces.crop(finder, carved.slice());
                    sets.add(new ValidationSet(setName(set.train) + "-calibration",
                            Collections.unmodifiableList(slice.faces())));
                    described.append(", ").append(carved.slice().size()).append(" held out for calibration (share ")
                            .append(calibrationShare).append(", seed ").append(calibrationSeed).append(')');
                }
            }
            if (set.val != null) {
                PhotoFaces.Result r = PhotoFaces.crop(finder, PhotoLabels.read(set.val, set.dir));
                sets.add(new ValidationSet(setName(set.val), Collections.unmodifiableList(r.faces())));
            }
            return null;
        });
        return described.toString();
    }

    private List<LabeledFace> distil(List<LabeledFace> train) throws IOException {
        List<EmotionClassifier> members = new ArrayList<>();
        try {
            for (Path dir : teachers) {
                members.add(EmotionClassifier.load(dir, 1, Calibration.NONE));
            }
            TorchThreads.forTraining();
            try (ProgressBar bar = Progress.bar("teacher", train.size())) {
                return TeacherTargets.blend(new MeanScorer(members), train, teacherWeight, bar::stepBy);
            }
        } finally {
            members.forEach(EmotionClassifier::close);
        }
    }

    /** {@code .../expw/val.csv} is "expw-val". */
    static String setName(Path csv) {
        String file = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        Path parent = csv.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? file : parent.getFileName() + "-" + file;
    }
}
