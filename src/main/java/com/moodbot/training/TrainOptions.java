package com.moodbot.training;

import com.moodbot.emotion.NetworkSpec;
import java.nio.file.Path;

/**
 * Everything that shapes a training run. {@code trainLimit}/{@code validationLimit} cut the data for
 * smoke tests (0 = all); {@code maxMinutes} stops cleanly after the epoch that would overrun it;
 * the first {@code augmentWarmupEpochs} use light augmentation only.
 */
public record TrainOptions(
        Path data,
        Path outputDir,
        NetworkSpec spec,
        int epochs,
        int batchSize,
        float learningRate,
        float weightDecay,
        float labelSmoothing,
        double classWeightPower,
        long seed,
        boolean resume,
        int trainLimit,
        int validationLimit,
        double maxMinutes,
        int augmentWarmupEpochs) {

    public TrainOptions {
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("epochs and batch size must be positive");
        }
    }
}
