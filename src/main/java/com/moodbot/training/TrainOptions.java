package com.moodbot.training;

import com.moodbot.emotion.NetworkSpec;
import java.nio.file.Path;

/**
 * Everything that shapes a training run; build it with {@link #builder(Path, NetworkSpec)}. Each
 * default is written once, in the constants below, and they are the shipped recipe's (models/README.md,
 * "Recipe"); {@code train}'s options take theirs from here too. {@code maxMinutes} stops cleanly after the epoch that would overrun
 * it (0 = no limit); the first {@code augmentWarmupEpochs} use light augmentation only.
 * {@code initialWeights} (or null) starts a fresh schedule from trained weights (a warm restart);
 * from epoch {@code snapshotFromEpoch} on (0 = never) each epoch's weights are kept for averaging.
 * The loss weight of faces cut from real photos falls linearly from 1 at the first epoch to
 * {@code photoWeightEnd} at the last (1 = constant).
 */
public record TrainOptions(
        Path outputDir,
        NetworkSpec spec,
        String dataDescription,
        int epochs,
        int batchSize,
        float learningRate,
        float weightDecay,
        float labelSmoothing,
        double classWeightPower,
        long seed,
        boolean resume,
        double maxMinutes,
        int augmentWarmupEpochs,
        Path initialWeights,
        int snapshotFromEpoch,
        float photoWeightEnd) {

    public static final int EPOCHS = 50;
    public static final int BATCH_SIZE = 64;
    public static final float LEARNING_RATE = 0.02f;
    public static final float WEIGHT_DECAY = 5e-4f;
    public static final float LABEL_SMOOTHING = 0.05f;
    public static final double CLASS_WEIGHT_POWER = 0.3;
    public static final long SEED = 42;
    public static final int AUGMENT_WARMUP_EPOCHS = 3;
    public static final float PHOTO_WEIGHT_END = 1f;
    /** The data and network defaults of the recipe, which reach the trainer already applied. */
    public static final float FER_PLUS_WEIGHT = 0.25f;
    public static final int PHOTO_REPEAT = 3;
    public static final float TEACHER_WEIGHT = 0.5f;
    public static final NetworkSpec NETWORK = new NetworkSpec(0.5f, 44, 0f);

    public TrainOptions {
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("epochs and batch size must be positive");
        }
        if (learningRate <= 0 || weightDecay < 0 || labelSmoothing < 0 || labelSmoothing >= 1 || maxMinutes < 0) {
            throw new IllegalArgumentException("learning rate must be positive; weight decay, label smoothing "
                    + "(below 1) and max minutes must not be negative");
        }
        if (snapshotFromEpoch < 0 || photoWeightEnd < 0) {
            throw new IllegalArgumentException("snapshot epoch and photo weight must not be negative");
        }
    }

    /** The loss weight of a real-photo face in {@code epoch} (0-based). */
    public float photoWeight(int epoch) {
        if (photoWeightEnd == 1f || epochs == 1) {
            return 1f;
        }
        return 1f + (photoWeightEnd - 1f) * Math.min(epoch, epochs - 1) / (epochs - 1);
    }

    public static Builder builder(Path outputDir, NetworkSpec spec) {
        return new Builder(outputDir, spec);
    }

    public Builder toBuilder() {
        return new Builder(outputDir, spec).data(dataDescription).epochs(epochs).batchSize(batchSize)
                .learningRate(learningRate).weightDecay(weightDecay).labelSmoothing(labelSmoothing)
                .classWeightPower(classWeightPower).seed(seed).resume(resume).maxMinutes(maxMinutes)
                .augmentWarmupEpochs(augmentWarmupEpochs).initialWeights(initialWeights)
                .snapshotFromEpoch(snapshotFromEpoch).photoWeightEnd(photoWeightEnd);
    }

    /** Named construction; the defaults are the constants above. */
    public static final class Builder {
        private final Path outputDir;
        private final NetworkSpec spec;
        private String data = "";
        private int epochs = EPOCHS;
        private int batchSize = BATCH_SIZE;
        private float learningRate = LEARNING_RATE;
        private float weightDecay = WEIGHT_DECAY;
        private float labelSmoothing = LABEL_SMOOTHING;
        private double classWeightPower = CLASS_WEIGHT_POWER;
        private long seed = SEED;
        private boolean resume;
        private double maxMinutes;
        private int augmentWarmupEpochs = AUGMENT_WARMUP_EPOCHS;
        private Path initialWeights;
        private int snapshotFromEpoch;
        private float photoWeightEnd = PHOTO_WEIGHT_END;

        private Builder(Path outputDir, NetworkSpec spec) {
            this.outputDir = outputDir;
            this.spec = spec;
        }

        public Builder data(String description) {
            this.data = description;
            return this;
        }

        public Builder epochs(int value) {
            this.epochs = value;
            return this;
        }

        public Builder batchSize(int value) {
            this.batchSize = value;
            return this;
        }

        public Builder learningRate(float value) {
            this.learningRate = value;
            return this;
        }

        public Builder weightDecay(float value) {
            this.weightDecay = value;
            return this;
        }

        public Builder labelSmoothing(float value) {
            this.labelSmoothing = value;
            return this;
        }

        public Builder classWeightPower(double value) {
            this.classWeightPower = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder resume(boolean value) {
            this.resume = value;
            return this;
        }

        public Builder maxMinutes(double value) {
            this.maxMinutes = value;
            return this;
        }

        public Builder augmentWarmupEpochs(int value) {
            this.augmentWarmupEpochs = value;
            return this;
        }

        public Builder initialWeights(Path value) {
            this.initialWeights = value;
            return this;
        }

        public Builder snapshotFromEpoch(int value) {
            this.snapshotFromEpoch = value;
            return this;
        }

        public Builder photoWeightEnd(float value) {
            this.photoWeightEnd = value;
            return this;
        }

        public TrainOptions build() {
            return new TrainOptions(outputDir, spec, data, epochs, batchSize, learningRate, weightDecay,
                    labelSmoothing, classWeightPower, seed, resume, maxMinutes, augmentWarmupEpochs,
                    initialWeights, snapshotFromEpoch, photoWeightEnd);
        }
    }
}
