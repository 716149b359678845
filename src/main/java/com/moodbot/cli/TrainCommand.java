package com.moodbot.cli;

import com.moodbot.emotion.NetworkSpec;
import com.moodbot.training.DatasetFormatException;
import com.moodbot.training.EmotionTrainer;
import com.moodbot.training.LabeledFace;
import com.moodbot.training.TrainOptions;
import com.moodbot.training.TrainingArtifacts;
import com.moodbot.training.TrainingState;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code moodbot train}: trains the emotion network on FER2013 (or image folders). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the VGG19-BN emotion model; checkpoints every epoch, best chosen on PublicTest.")
public final class TrainCommand implements Callable<Integer> {

    @Inject
    JsonMapper json;

    @Option(names = "--data", description = "FER2013 CSV (.csv or .csv.gz), or a folder of class sub-folders "
            + "(then --validation is required). Default: ${DEFAULT-VALUE}",
            defaultValue = com.moodbot.training.FerCsvReader.DEFAULT_PATH)
    Path data;

    @Option(names = "--validation", description = "image folder for model selection when --data is a folder")
    Path validation;

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

    @Option(names = "--resume", description = "continue from the last checkpoint in --out")
    boolean resume;

    @Option(names = "--limit", defaultValue = "0", description = "use only the first N training faces (smoke runs)")
    int limit;

    @Option(names = "--validation-limit", defaultValue = "0")
    int validationLimit;

    @Option(names = "--max-minutes", defaultValue = "0",
            description = "stop after the last epoch that fits in this many minutes (0 = no limit)")
    double maxMinutes;

    @Option(names = "--augment-warmup", defaultValue = "3",
            description = "epochs with crop/flip/jitter only before rotation, scale and erasing (default ${DEFAULT-VALUE})")
    int augmentWarmup;

    @Override
    public Integer call() throws Exception {
        try {
            TrainOptions options = new TrainOptions(data, out, new NetworkSpec(width, inputSize, dropout), epochs,
                    batchSize, learningRate, weightDecay, labelSmoothing, classWeightPower, seed, resume, limit,
                    validationLimit, maxMinutes, augmentWarmup);
            FaceData faces = FaceData.load(data, validation);
            List<LabeledFace> train = FaceData.head(faces.training(), limit);
            List<LabeledFace> val = FaceData.head(faces.validation(), validationLimit);
            TrainingState state = new EmotionTrainer(new TrainingArtifacts(json)).train(options, train, val);
            System.out.printf("Best PublicTest accuracy %.2f%% at epoch %d; model in %s%n",
                    state.bestValidationAccuracy() * 100, state.bestEpoch(), out);
            return 0;
        } catch (DatasetFormatException | IllegalArgumentException | java.nio.file.NoSuchFileException e) {
            System.err.println("train: " + CliErrors.describe(e));
            return 2;
        }
    }
}
