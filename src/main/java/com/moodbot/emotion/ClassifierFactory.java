package com.moodbot.emotion;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens emotion models from folders other than the configured one ({@code PipelineFactory}'s): a
 * model to calibrate, teachers, the other members of an ensemble. The caller closes them.
 */
@Singleton
public class ClassifierFactory {

    /** With the calibration stored in its spec, as serve would run it. */
    public EmotionClassifier calibrated(Path dir) throws IOException {
        return EmotionClassifier.load(dir, 1);
    }

    /** With its members, as serve would run it ({@link ServedModel}). */
    public ServedModel served(Path dir) throws IOException {
        return ServedModel.load(dir, 1);
    }

    /** The network's raw probabilities: what calibration fits on, and what a teacher gives. */
    public EmotionClassifier uncalibrated(Path dir) throws IOException {
        return EmotionClassifier.load(dir, 1, Calibration.NONE);
    }
}
