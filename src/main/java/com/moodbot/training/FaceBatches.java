package com.moodbot.training;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import ai.djl.translate.Batchifier;
import ai.djl.util.Progress;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceTensor;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import com.moodbot.data.LabeledFace;

/**
 * The training faces as a DJL {@link Dataset} for {@code EasyTrain.fit}: every call to
 * {@link #getData} is the next epoch, shuffled by the run's seed and the epoch number and augmented
 * (light for the first {@code --augment-warmup} epochs), so a resumed run sees exactly the batches the
 * uninterrupted run would have. Each batch is built lazily in its own sub-manager of the trainer's,
 * which {@code EasyTrain} closes after the step: a long-lived manager would keep every batch's arrays.
 * Labels are {@code [targets (n x classes), loss weights (n), FER2013 labels (n)]}; the loss reads the
 * first two, {@link EpochStatistics} the third.
 */
public final class FaceBatches implements Dataset {

    private final List<LabeledFace> faces;
    private final float[] classWeights;
    private final TrainOptions o;
    private int epoch;
    private long epochStartNanos;

    /** {@code firstEpoch} (0-based) is the epoch the first {@link #getData} call serves. */
    public FaceBatches(List<LabeledFace> faces, float[] classWeights, TrainOptions o, int firstEpoch) {
        this.faces = faces;
        this.classWeights = classWeights.clone();
        this.o = o;
        this.epoch = firstEpoch - 1;
    }

    /** The epoch (0-based) whose batches were handed out last. */
    public int epoch() {
        return epoch;
    }

    /** When the current epoch's first batch was asked for. */
    public long epochStartNanos() {
        return epochStartNanos;
    }

    public int size() {
        return faces.size();
    }

    public int steps() {
        return (faces.size() + o.batchSize() - 1) / o.batchSize();
    }

    @Override
    public Iterable<Batch> getData(NDManager manager) {
        epoch++;
        epochStartNanos = System.nanoTime();
        int thisEpoch = epoch;
        int[] order = Shuffle.permutation(faces.size(), o.seed() * 1_000_003L + thisEpoch);
        long augmentSeed = o.seed() * 7_919L + thisEpoch;
        int side = o.spec().inputSize();
        // Heavy augmentation from the first step keeps VGG19 on its initial plateau (predicting the class
        // prior); crop/flip/jitter only until the features have formed, then everything else.
        Augmenter augmenter = thisEpoch < o.augmentWarmupEpochs() ? Augmenter.light(side, augmentSeed)
                : new Augmenter(side, augmentSeed);
        return () -> new Iterator<>() {
            private int start;

            @Override
            public boolean hasNext() {
                return start < faces.size();
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int n = Math.min(o.batchSize(), faces.size() - start);
                Batch batch = batch(manager, order, start, n, augmenter, side, thisEpoch);
                start += n;
                return batch;
            }
        };
    }

    private Batch batch(NDManager parent, int[] order, int start, int n, Augmenter augmenter, int side, int epoch) {
        int area = side * side;
        float[] x = new float[n * area];
        float[] targets = new float[n * Emotion.COUNT];
        float[] weights = new float[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            LabeledFace face = faces.get(order[start + i]);
            FaceTensor.normalise(augmenter.augment(face.grey()), x, i * area);
            System.arraycopy(face.targetOrOneHot(), 0, targets, i * Emotion.COUNT, Emotion.COUNT);
            labels[i] = face.label().ordinal();
            weights[i] = weight(face, epoch);
        }
        // Every array is created from Java data (NDManager.create(Shape) would be uninitialised memory).
        NDManager manager = parent.newSubManager();
        NDList data = new NDList(manager.create(x, new Shape(n, 1, side, side)));
        NDList truth = new NDList(manager.create(targets, new Shape(n, Emotion.COUNT)), manager.create(weights),
                manager.create(labels));
        return new Batch(manager, data, truth, n, Batchifier.STACK, Batchifier.STACK, start / o.batchSize() + 1L,
                steps());
    }

    /** The face's weight in the loss: its class's weight, times the photo schedule's for real photos. */
    float weight(LabeledFace face, int epoch) {
        float classWeight = classWeights[face.label().ordinal()];
        return face.realPhoto() ? classWeight * o.photoWeight(epoch) : classWeight;
    }

    @Override
    public void prepare(Progress progress) {
        // The faces are in memory already.
    }
}
