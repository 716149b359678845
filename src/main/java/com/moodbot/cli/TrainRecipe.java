package com.moodbot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options of {@code train} that shape a run (data, targets, network, schedule), as opposed to
 * those of one sitting ({@code --out}, {@code --resume}, {@code --max-minutes}). A run keeps them in
 * its folder ({@link RunArguments}) and {@code --resume} continues with them. Defaults without an
 * attribute here come from {@link TrainDefaults}.
 */
final class TrainRecipe {

    @Option(names = "--data", description = "FER2013 CSV (.csv or .csv.gz), or a folder of class "
            + "sub-folders (then --validation is required); not needed with --resume, which reads the run's own")
    Path data;

    @Option(names = "--validation", description = "image folder for model selection when --data is a folder")
    Path validation;

    @Option(names = "--ferplus", description = "FER+ votes aligned row for row with the --data CSV: train on soft targets")
    Path ferPlus;

    @Option(names = "--ferplus-weight",
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

        /** The arguments that give this set again. */
        List<String> arguments() {
            List<String> args = new ArrayList<>(List.of("--photos", dir.toString()));
            if (train != null) {
                args.addAll(List.of("--photo-train", train.toString()));
            }
            if (val != null) {
                args.addAll(List.of("--photo-val", val.toString()));
            }
            return args;
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<PhotoSet> photoSets = new ArrayList<>();

    @Option(names = "--photo-repeat", description = "times each training photo is seen per epoch (default ${DEFAULT-VALUE})")
    int photoRepeat;

    @Option(names = "--calibration-share", defaultValue = "0",
            description = "share of each --photo-train class held out of training as a calibration slice, used for "
                    + "model selection here and by `calibrate --calibration-share` (default ${DEFAULT-VALUE}: none)")
    double calibrationShare;

    @Option(names = "--calibration-seed", defaultValue = "1", description = "seed of the calibration slice (default ${DEFAULT-VALUE})")
    long calibrationSeed;

    @Option(names = "--photo-weight-end",
            description = "loss weight of the training photos at the last epoch, falling linearly from 1 at the first "
                    + "(default ${DEFAULT-VALUE}: constant)")
    float photoWeightEnd;

    @Option(names = "--yunet", description = "YuNet ONNX model for cropping --photos (default: the one in models/, else OpenCV's Haar cascade)")
    Path yunet;

    @Option(names = "--epochs", description = "passes over the training faces (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch-size", description = "faces per optimiser step (default ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--lr", description = "peak learning rate (default ${DEFAULT-VALUE})")
    float learningRate;

    @Option(names = "--weight-decay", description = "L2 weight decay of the SGD optimiser (default ${DEFAULT-VALUE})")
    float weightDecay;

    @Option(names = "--label-smoothing", description = "share of each target spread evenly over the seven classes (default ${DEFAULT-VALUE})")
    float labelSmoothing;

    @Option(names = "--class-weight-power", description = "class weight = count^-power, 0 disables (default ${DEFAULT-VALUE})")
    double classWeightPower;

    @Option(names = "--width", description = "channel width multiplier (default ${DEFAULT-VALUE})")
    float width;

    @Option(names = "--dropout", description = "dropout before the classifier (default ${DEFAULT-VALUE})")
    float dropout;

    @Option(names = "--input-size", description = "side of the square crop the network sees, cut from the 48x48 face (default ${DEFAULT-VALUE})")
    int inputSize;

    @Option(names = "--seed", description = "seed of initialisation, shuffling and augmentation (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--limit", defaultValue = "0", description = "use only the first N training faces of --data (smoke runs; photos are not cut)")
    int limit;

    @Option(names = "--validation-limit", defaultValue = "0", description = "score only the first N faces of --data's validation set (smoke runs; 0 = all)")
    int validationLimit;

    @Option(names = "--augment-warmup",
            description = "epochs with crop/flip/jitter only before the heavier augmentations (default ${DEFAULT-VALUE})")
    int augmentWarmup;

    @Option(names = "--init-from", description = "start from these trained weights with a fresh schedule and momentum "
            + "(a warm restart; the width must match)")
    Path initFrom;

    @Option(names = "--snapshot-from", defaultValue = "0",
            description = "keep each epoch's weights from this epoch on, for `average` (0 = never)")
    int snapshotFrom;

    @Option(names = "--teacher", paramLabel = "DIR|CSV", description = "distil from this model folder's raw ten-crop "
            + "probabilities, or from a teacher scores file (docs/teacher.md); repeatable: the mean of several")
    List<Path> teachers = new ArrayList<>();

    @Option(names = "--teacher-weight", description = "share of each target taken from the teacher (default ${DEFAULT-VALUE})")
    float teacherWeight;
}
