package com.moodbot.training;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import com.moodbot.emotion.TestTimeViews;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.EmotionNetwork;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import com.moodbot.emotion.TorchThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the emotion network: SGD with momentum, warm-up + cosine learning rate, soft-target
 * cross-entropy with class weights and label smoothing, augmentation. After every epoch it saves
 * {@link #LAST} with the optimizer's momentum ({@link #LAST_OPTIMIZER}), keeps the checkpoint with
 * the best selection score (mean accuracy over the validation sets) as {@link ModelFiles#PARAMS},
 * and rewrites metrics and charts.
 */
public final class EmotionTrainer {

    public static final String LAST = "checkpoint-last.params";
    public static final String LAST_OPTIMIZER = "checkpoint-last.optimizer";
    private static final Logger LOG = LoggerFactory.getLogger(EmotionTrainer.class);

    private final TrainingArtifacts artifacts;

    public EmotionTrainer(TrainingArtifacts artifacts) {
        this.artifacts = artifacts;
    }

    public TrainingState train(TrainOptions o, List<LabeledFace> train, List<ValidationSet> validation)
            throws IOException {
        if (validation.isEmpty()) {
            throw new IllegalArgumentException("training needs at least one validation set to choose the checkpoint");
        }
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
        float[] classWeights = SoftTargetCrossEntropy.balancedWeights(classCounts(train), o.classWeightPower());
        SoftTargetCrossEntropy loss = new SoftTargetCrossEntropy(o.labelSmoothing());
        CheckpointedSgd optimizer = CheckpointedSgd.builder().learningRate(lr).momentum(0.9f)
                .optWeightDecays(o.weightDecay()).build();
        long startNanos = System.nanoTime();

        Block block = EmotionNetwork.vgg19bn(spec);
        TorchThreads.forTraining();
        // Initial weights from the run's seed, so that a run (and the smoke test) is the same computation every time.
        Engine.getEngine("PyTorch").setRandomSeed((int) o.seed());
        try (Model model = Model.newInstance("emotion-vgg19bn", EmotionClassifier.defaultDevice())) {
            model.setBlock(block);
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                    .optOptimizer(optimizer)
                    .optDevices(new Device[] {model.getNDManager().getDevice()})
                    // PyTorch's default U(-1/sqrt(fan_in), 1/sqrt(fan_in)): with batch norm, larger (He) weights
                    // shrink the effective step size, and He-initialised logits start far from uniform.
                    .optInitializer(new XavierInitializer(XavierInitializer.RandomType.UNIFORM,
                            XavierInitializer.FactorType.IN, 1f), Parameter.Type.WEIGHT);
            Shape inputShape = new Shape(o.batchSize(), 1, spec.inputSize(), spec.inputSize());
            try (Trainer trainer = model.newTrainer(config);
                 EmotionClassifier evaluator = EmotionClassifier.wrap(model, spec)) {
                Path startingWeights = state != null ? out.resolve(LAST) : o.initialWeights();
                if (startingWeights != null) {
                    // Before trainer.initialize: it caches each parameter's array in its ParameterStore, and a
                    // later load would replace the arrays behind its back (training the fresh weights instead).
                    block.initialize(model.getNDManager(), model.getDataType(), inputShape);
                    ModelFiles.loadParameters(block, model.getNDManager(), startingWeights);
                }
                trainer.initialize(inputShape);
                if (state != null) {
                    resumeMomentum(block, model, optimizer, out, state);
                }
                ModelFiles.writeSpec(out, spec);
                LOG.info("Training on {} with {} faces, choosing on {}, {} steps per epoch",
                        model.getNDManager().getDevice(), train.size(), describe(validation), stepsPerEpoch);
                EpochRunner runner = new EpochRunner(trainer, loss, classWeights, o);
                for (int epoch = startEpoch; epoch < o.epochs(); epoch++) {
                    long t0 = System.nanoTime();
                    EpochRunner.Result result = runner.run(train, epoch);
                    Map<String, Double> scores = new LinkedHashMap<>();
                    Map<String, ConfusionMatrix> matrices = new LinkedHashMap<>();
                    for (ValidationSet set : validation) {
                        ConfusionMatrix m = Evaluator.evaluate(evaluator, set.faces(), TestTimeViews.CENTRE, n -> { });
                        matrices.put(set.name(), m);
                        scores.put(set.name(), m.accuracy());
                    }
                    double score = scores.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    float currentLr = lr.getNewValue((epoch + 1 - startEpoch) * stepsPerEpoch);
                    history.add(new EpochRecord(epoch + 1, result.loss(), result.accuracy(), score, currentLr, seconds,
                            train.size() / seconds, scores));
                    ModelFiles.saveParameters(block, out.resolve(LAST));
                    optimizer.save(block, out.resolve(LAST_OPTIMIZER));
                    if (o.snapshotFromEpoch() > 0 && epoch + 1 >= o.snapshotFromEpoch()) {
                        ModelFiles.saveParameters(block, out.resolve(snapshotName(epoch + 1)));
                    }
                    if (score > best) {
                        best = score;
                        bestEpoch = epoch + 1;
                        ModelFiles.saveParameters(block, out.resolve(ModelFiles.PARAMS));
                        for (Map.Entry<String, ConfusionMatrix> m : matrices.entrySet()) {
                            artifacts.writeConfusion(out, m.getKey(), "best epoch " + bestEpoch, m.getValue());
                        }
                    }
                    state = new TrainingState(o.dataDescription(), spec.width(), spec.inputSize(), o.epochs(),
                            o.batchSize(), o.learningRate(), o.seed(), epoch + 1, bestEpoch, best, history);
                    artifacts.writeState(out, state);
                    LOG.info(String.format(Locale.ROOT,
                            "epoch %d/%d  loss %.4f  train acc %s  %s  score %s  best %s (epoch %d)  lr %.5f  %.0fs  %.0f img/s",
                            epoch + 1, o.epochs(), result.loss(), pct(result.accuracy()), describeScores(scores),
                            pct(score), pct(best), bestEpoch, currentLr, seconds, train.size() / seconds));
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

    private void resumeMomentum(Block block, Model model, CheckpointedSgd optimizer, Path out, TrainingState state)
            throws IOException {
        Path momentum = out.resolve(LAST_OPTIMIZER);
        if (!Files.isRegularFile(momentum)) {
            throw new NoSuchFileException(momentum.toString(), null,
                    "the checkpoint has no optimizer state; a resume would restart momentum from zero");
        }
        int restored = optimizer.load(block, model.getNDManager(), momentum);
        LOG.info("Resuming after epoch {} (best score {} at epoch {}), momentum restored for {} parameters",
                state.epochsDone(), pct(state.bestValidationAccuracy()), state.bestEpoch(), restored);
    }

    /** The weights after {@code epoch}, kept when the run snapshots (see {@link TrainOptions#snapshotFromEpoch()}). */
    public static String snapshotName(int epoch) {
        return String.format(Locale.ROOT, "snapshot-epoch-%03d.params", epoch);
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

    private static String describe(List<ValidationSet> sets) {
        return String.join(" + ", sets.stream().map(s -> s.name() + " (" + s.faces().size() + ")").toList());
    }

    private static String describeScores(Map<String, Double> scores) {
        StringBuilder b = new StringBuilder();
        scores.forEach((name, acc) -> b.append(b.length() == 0 ? "" : "  ").append(name).append(' ').append(pct(acc)));
        return b.toString();
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }
}
