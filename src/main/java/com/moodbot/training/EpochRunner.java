package com.moodbot.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceTensor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;

/** One pass over the training faces: shuffled, augmented, one sub-manager per batch. */
final class EpochRunner {

    record Result(double loss, double accuracy) {
    }

    private final Trainer trainer;
    private final SoftTargetCrossEntropy loss;
    private final float[] classWeights;
    private final TrainOptions o;

    EpochRunner(Trainer trainer, SoftTargetCrossEntropy loss, float[] classWeights, TrainOptions o) {
        this.trainer = trainer;
        this.loss = loss;
        this.classWeights = classWeights.clone();
        this.o = o;
    }

    Result run(List<LabeledFace> train, int epoch) {
        int side = o.spec().inputSize();
        int area = side * side;
        int steps = (train.size() + o.batchSize() - 1) / o.batchSize();
        int[] order = Shuffle.permutation(train.size(), o.seed() * 1_000_003L + epoch);
        long augmentSeed = o.seed() * 7_919L + epoch;
        // Heavy augmentation from the first step keeps VGG19 on its initial plateau (predicting the class
        // prior); crop/flip/jitter only until the features have formed, then everything else.
        Augmenter augmenter = epoch < o.augmentWarmupEpochs() ? Augmenter.light(side, augmentSeed)
                : new Augmenter(side, augmentSeed);
        double lossSum = 0;
        int correct = 0;
        try (ProgressBar bar = Progress.bar("epoch " + (epoch + 1) + "/" + o.epochs(), steps)) {
            for (int start = 0, step = 1; start < train.size(); start += o.batchSize(), step++) {
                int n = Math.min(o.batchSize(), train.size() - start);
                float[] x = new float[n * area];
                float[] targets = new float[n * Emotion.COUNT];
                float[] weights = new float[n];
                int[] labels = new int[n];
                for (int i = 0; i < n; i++) {
                    LabeledFace face = train.get(order[start + i]);
                    FaceTensor.normalise(augmenter.augment(face.grey()), x, i * area);
                    System.arraycopy(face.targetOrOneHot(), 0, targets, i * Emotion.COUNT, Emotion.COUNT);
                    labels[i] = face.label().ordinal();
                    weights[i] = weight(face, epoch);
                }
                try (NDManager batch = trainer.getManager().newSubManager()) {
                    NDList truth = new NDList(batch.create(targets, new Shape(n, Emotion.COUNT)), batch.create(weights));
                    try (GradientCollector gc = trainer.newGradientCollector()) {
                        NDArray logits = trainer.forward(new NDList(batch.create(x, new Shape(n, 1, side, side))))
                                .singletonOrThrow();
                        NDArray value = loss.evaluate(truth, new NDList(logits));
                        float batchLoss = value.getFloat();
                        if (!Float.isFinite(batchLoss)) {
                            throw new TrainingDivergedException(epoch + 1, step, batchLoss);
                        }
                        gc.backward(value);
                        lossSum += batchLoss * n;
                        correct += countCorrect(logits.toFloatArray(), labels);
                    }
                    trainer.step();
                }
                bar.step();
                bar.setExtraMessage(String.format(Locale.ROOT, " loss %.3f", lossSum / (start + n)));
            }
        }
        return new Result(lossSum / train.size(), correct / (double) train.size());
    }

    /** The face's weight in the loss: its class's weight, times the photo schedule's for real photos. */
    float weight(LabeledFace face, int epoch) {
        float classWeight = classWeights[face.label().ordinal()];
        return face.realPhoto() ? classWeight * o.photoWeight(epoch) : classWeight;
    }

    private static int countCorrect(float[] logits, int[] labels) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            float[] row = Arrays.copyOfRange(logits, i * Emotion.COUNT, (i + 1) * Emotion.COUNT);
            if (Emotion.mostLikely(row).ordinal() == labels[i]) {
                correct++;
            }
        }
        return correct;
    }
}
