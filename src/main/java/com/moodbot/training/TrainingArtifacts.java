package com.moodbot.training;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import com.moodbot.evaluation.ConfusionMatrix;

/** Writes and reads what a training run leaves in its output folder: metrics JSON and PNG charts. */
public final class TrainingArtifacts {

    public static final String METRICS = "metrics.json";
    public static final String CURVE = "training-curve.png";

    private final JsonMapper json;

    public TrainingArtifacts(JsonMapper json) {
        this.json = json;
    }

    public void writeState(Path dir, TrainingState state) throws IOException {
        Path tmp = dir.resolve(METRICS + ".tmp");
        Files.write(tmp, json.writeValueAsBytes(state));
        Files.move(tmp, dir.resolve(METRICS), StandardCopyOption.REPLACE_EXISTING);
        TrainingCharts.curve(state.history(), dir.resolve(CURVE));
    }

    TrainingState readState(Path dir, TrainOptions o) throws IOException {
        Path file = dir.resolve(METRICS);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(dir.resolve(EmotionTrainer.LAST))) {
            throw new NoSuchFileException(dir.toString(), null, "nothing to resume: no " + METRICS + " and "
                    + EmotionTrainer.LAST + " there");
        }
        TrainingState state = json.readValue(Files.readAllBytes(file), TrainingState.class);
        if (state.width() != o.spec().width() || state.inputSize() != o.spec().inputSize()) {
            throw new IllegalArgumentException("the checkpoint in " + dir + " has width " + state.width()
                    + " and input " + state.inputSize() + "; pass the same --width and --input-size to resume");
        }
        return state;
    }

    /** Writes {@code confusion-<split>.png} and {@code .txt}. */
    public void writeConfusion(Path dir, String split, String subtitle, ConfusionMatrix matrix) throws IOException {
        String base = "confusion-" + split.toLowerCase(Locale.ROOT);
        Files.writeString(dir.resolve(base + ".txt"), matrix.toText());
        TrainingCharts.confusion(matrix, split + " (" + subtitle + ")", dir.resolve(base + ".png"));
    }
}
