package com.moodbot.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.optimizer.Optimizer;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.EmotionNetwork;
import com.moodbot.emotion.FaceTensor;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import com.moodbot.emotion.TorchThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the emotion network: SGD with momentum, warm-up + cosine learning rate, weighted and
 * label-smoothed cross-entropy, augmentation. After every epoch it saves {@link #LAST}, keeps the
 * best PublicTest checkpoint as {@link ModelFiles#PARAMS}, and rewrites metrics and charts.
 */
public final class EmotionTrainer {

    public static final String LAST = "checkpoint-last.params";
    private static final Logger LOG = LoggerFactory.getLogger(EmotionTrainer.class);

    private final TrainingArtifacts artifacts;

    public EmotionTrainer(TrainingArtifacts artifacts) {
        this.artifacts = artifacts;
    }

    public TrainingState train(TrainOptions o, List<LabeledFace> train, List<LabeledFace> validation) throws IOException {
        Path out = o.outputDir();
        Files.createDirectories(out);
        TrainingState state = o.resume() ? artifacts.readState(out, o) : null;
        int startEpoch = state == null ? 0 : state.epochsDone();
        List<EpochRecord> history = new ArrayList<>(state == null ? List.of() : state.history());
        int bestEpoch = state == null ? 0 : state.bestEpoch();
        double best = state == null ? -1 : state.bestValidationAccuracy();
        NetworkSpec spec = o.spec();
        int stepsPerEpoch = (train.size() + o.batchSize() - 1) / o.batchSize();
        int totalSteps = o.epochs() * stepsPerEpoch;
        WarmupCosineTracker lr = new WarmupCosineTracker(o.learningRate(), o.learningRate() * 0.01f,
                Math.min(stepsPerEpoch, Math.max(1, totalSteps / 10)), totalSteps, startEpoch * stepsPerEpoch);
        WeightedCrossEntropy loss = new WeightedCrossEntropy(
                WeightedCrossEntropy.balancedWeights(classCounts(train), o.classWeightPower()), o.labelSmoothing());
        long startNanos = System.nanoTime();

        Block block = EmotionNetwork.vgg19bn(spec);
        TorchThreads.forTraining();
        try (Model model = Model.newInstance("emotion-vgg19bn", EmotionClassifier.defaultDevice())) {
            model.setBlock(block);
            if (state != null) {
                ModelFiles.loadParameters(block, model.getNDManager(), out.resolve(LAST));
                LOG.info("Resuming after epoch {} (best PublicTest {} at epoch {})", startEpoch, pct(best), bestEpoch);
            }
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                    .optOptimizer(Optimizer.sgd().setLearningRateTracker(lr).optMomentum(0.9f)
                            .optWeightDecays(o.weightDecay()).build())
                    .optDevices(new ai.djl.Device[] {model.getNDManager().getDevice()})
                    // PyTorch's default U(-1/sqrt(fan_in), 1/sqrt(fan_in)): with batch norm, larger (He) weights
                    // shrink the effective step size, and He-initialised logits start far from uniform.
                    .optInitializer(new XavierInitializer(XavierInitializer.RandomType.UNIFORM,
                            XavierInitializer.FactorType.IN, 1f), Parameter.Type.WEIGHT);
            try (Trainer trainer = model.newTrainer(config);
                 EmotionClassifier evaluator = EmotionClassifier.wrap(model, spec)) {
                trainer.initialize(new Shape(o.batchSize(), 1, spec.inputSize(), spec.inputSize()));
                ModelFiles.writeSpec(out, spec);
                LOG.info("Training on {} with {} faces, validating on {} (PublicTest), {} steps per epoch",
                        model.getNDManager().getDevice(), train.size(), validation.size(), stepsPerEpoch);
                for (int epoch = startEpoch; epoch < o.epochs(); epoch++) {
                    long t0 = System.nanoTime();
                    double[] lossAcc = runEpoch(trainer, loss, train, epoch, o, stepsPerEpoch);
                    ConfusionMatrix val = Evaluator.evaluate(evaluator, validation, false, n -> { });
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    float currentLr = lr.getNewValue((epoch + 1 - startEpoch) * stepsPerEpoch);
                    history.add(new EpochRecord(epoch + 1, lossAcc[0], lossAcc[1], val.accuracy(),
                            currentLr, seconds, train.size() / seconds));
                    ModelFiles.saveParameters(block, out.resolve(LAST));
                    if (val.accuracy() > best) {
                        best = val.accuracy();
                        bestEpoch = epoch + 1;
                        ModelFiles.saveParameters(block, out.resolve(ModelFiles.PARAMS));
                        artifacts.writeConfusion(out, "PublicTest", "best epoch " + bestEpoch, val);
                    }
                    state = new TrainingState(o.data().toString(), spec.width(), spec.inputSize(), o.epochs(),
                            o.batchSize(), o.learningRate(), o.seed(), epoch + 1, bestEpoch, best, history);
                    artifacts.writeState(out, state);
                    LOG.info(String.format(Locale.ROOT,
                            "epoch %d/%d  loss %.4f  train acc %s  PublicTest acc %s  best %s (epoch %d)  lr %.5f  %.0fs  %.0f img/s",
                            epoch + 1, o.epochs(), lossAcc[0], pct(lossAcc[1]), pct(val.accuracy()), pct(best),
                            bestEpoch, currentLr, seconds, train.size() / seconds));
                    if (wouldOverrun(o, startNanos, epoch + 1 - startEpoch) && epoch + 1 < o.epochs()) {
                        LOG.info("Stopping after epoch {}: another epoch would pass --max-minutes {}; resume with --resume",
                                epoch + 1, o.maxMinutes());
                        break;
                    }
                }
            }
        }
        return state;
    }

    private static double[] runEpoch(Trainer trainer, WeightedCrossEntropy loss, List<LabeledFace> train, int epoch,
                                     TrainOptions o, int steps) {
        int side = o.spec().inputSize();
        int area = side * side;
        int[] order = Shuffle.permutation(train.size(), o.seed() * 1_000_003L + epoch);
        long augmentSeed = o.seed() * 7_919L + epoch;
        // Heavy augmentation from the first step keeps VGG19 on its initial plateau (predicting the class
        // prior); crop/flip/jitter only until the features have formed, then rotation, scale and erasing.
        Augmenter augmenter = epoch < o.augmentWarmupEpochs() ? Augmenter.light(side, augmentSeed)
                : new Augmenter(side, augmentSeed);
        double lossSum = 0;
        int correct = 0;
        try (ProgressBar bar = Progress.bar("epoch " + (epoch + 1) + "/" + o.epochs(), steps)) {
            for (int start = 0; start < train.size(); start += o.batchSize()) {
                int n = Math.min(o.batchSize(), train.size() - start);
                float[] x = new float[n * area];
                int[] y = new int[n];
                for (int i = 0; i < n; i++) {
                    LabeledFace face = train.get(order[start + i]);
                    FaceTensor.normalise(augmenter.augment(face.grey()), x, i * area);
                    y[i] = face.label().ordinal();
                }
                try (NDManager batch = trainer.getManager().newSubManager()) {
                    NDArray labels = batch.create(y);
                    try (GradientCollector gc = trainer.newGradientCollector()) {
                        NDArray logits = trainer.forward(new NDList(batch.create(x, new Shape(n, 1, side, side))))
                                .singletonOrThrow();
                        NDArray value = loss.evaluate(new NDList(labels), new NDList(logits));
                        gc.backward(value);
                        lossSum += value.getFloat() * n;
                        correct += countCorrect(logits.toFloatArray(), y);
                    }
                    trainer.step();
                }
                bar.step();
                bar.setExtraMessage(String.format(Locale.ROOT, " loss %.3f", lossSum / (start + n)));
            }
        }
        return new double[] {lossSum / train.size(), correct / (double) train.size()};
    }

    private static int countCorrect(float[] logits, int[] labels) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            float[] row = java.util.Arrays.copyOfRange(logits, i * Emotion.COUNT, (i + 1) * Emotion.COUNT);
            if (Emotion.mostLikely(row).ordinal() == labels[i]) {
                correct++;
            }
        }
        return correct;
    }

    static int[] classCounts(List<LabeledFace> faces) {
        int[] counts = new int[Emotion.COUNT];
        faces.forEach(f -> counts[f.label().ordinal()]++);
        return counts;
    }

    private static boolean wouldOverrun(TrainOptions o, long startNanos, int epochsRun) {
        if (o.maxMinutes() <= 0) {
            return false;
        }
        double elapsed = (System.nanoTime() - startNanos) / 60e9;
        return elapsed + elapsed / epochsRun > o.maxMinutes();
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }
}
