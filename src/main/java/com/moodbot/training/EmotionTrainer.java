package com.moodbot.training;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.TrainingDivergedException;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.listener.DivergenceCheckTrainingListener;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.translate.TranslateException;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.EmotionNetwork;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import com.moodbot.emotion.TorchThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.moodbot.data.LabeledFace;

/**
 * Trains the emotion network on DJL's own loop: {@link EasyTrain#fit} drives the epochs over
 * {@link FaceBatches} (seeded shuffle and augmentation, a sub-manager per batch) with
 * {@link CheckpointedSgd} as the optimizer (SGD with momentum, warm-up + cosine learning rate),
 * {@link SoftTargetCrossEntropy} as the loss, and listeners for the rest, in this order after every
 * epoch: {@link EpochStatistics} (loss, accuracy, progress bar), {@link Checkpoints} ({@link #LAST},
 * {@link #LAST_OPTIMIZER}, snapshots), {@link ValidationSelection} (the best mean accuracy over the
 * validation sets becomes {@link ModelFiles#PARAMS}), {@link MetricsWriter} (metrics and charts) and
 * {@link TimeLimit} ({@code --max-minutes}). DJL's {@link EvaluatorTrainingListener} and
 * {@link DivergenceCheckTrainingListener} stop a run whose loss becomes NaN before that batch's step.
 * What stays here is setting up the model, loading weights and momentum for a resume or warm start,
 * and turning the listeners' unchecked stops back into this method's outcomes.
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
        NetworkSpec spec = o.spec();
        FaceBatches data = new FaceBatches(train, SoftTargetCrossEntropy.balancedWeights(classCounts(train),
                o.classWeightPower()), o, startEpoch);
        int stepsPerEpoch = data.steps();
        int totalSteps = o.epochs() * stepsPerEpoch;
        WarmupCosineTracker lr = new WarmupCosineTracker(o.learningRate(), o.learningRate() * 0.01f,
                Math.min(stepsPerEpoch, Math.max(1, totalSteps / 10)), totalSteps, startEpoch * stepsPerEpoch);
        SoftTargetCrossEntropy loss = new SoftTargetCrossEntropy(o.labelSmoothing());
        CheckpointedSgd optimizer = CheckpointedSgd.builder().learningRate(lr).momentum(0.9f)
                .optWeightDecays(o.weightDecay()).build();

        Block block = EmotionNetwork.vgg19bn(spec);
        TorchThreads.forTraining();
        // Initial weights from the run's seed, so that a run (and the smoke test) is the same computation every time.
        Engine.getEngine("PyTorch").setRandomSeed((int) o.seed());
        try (Model model = Model.newInstance("emotion-vgg19bn", EmotionClassifier.defaultDevice())) {
            model.setBlock(block);
            EmotionClassifier classifier = EmotionClassifier.wrap(model, spec);
            EpochStatistics statistics = new EpochStatistics(data, o.epochs());
            TrainingRun run = new TrainingRun(o, artifacts, block, data, statistics, state);
            ValidationSelection selection = new ValidationSelection(run, classifier, validation);
            MetricsWriter metrics = new MetricsWriter(run, selection, lr);
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                    .optOptimizer(optimizer)
                    .optDevices(new Device[] {model.getNDManager().getDevice()})
                    // PyTorch's default U(-1/sqrt(fan_in), 1/sqrt(fan_in)): with batch norm, larger (He) weights
                    // shrink the effective step size, and He-initialised logits start far from uniform.
                    .optInitializer(new XavierInitializer(XavierInitializer.RandomType.UNIFORM,
                            XavierInitializer.FactorType.IN, 1f), Parameter.Type.WEIGHT)
                    .addTrainingListeners(new EvaluatorTrainingListener(), new DivergenceCheckTrainingListener(),
                            statistics,
                            new Checkpoints(run, optimizer),
                            selection, metrics, new TimeLimit(o.maxMinutes(), o.epochs() - startEpoch, data));
            Shape inputShape = new Shape(o.batchSize(), 1, spec.inputSize(), spec.inputSize());
            try (Trainer trainer = model.newTrainer(config); classifier) {
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
                        model.getNDManager().getDevice(), train.size(), ValidationSelection.describe(validation),
                        stepsPerEpoch);
                fit(trainer, o.epochs() - startEpoch, data);
            } catch (TimeLimit.Reached stopped) {
                // The last epoch's checkpoint, metrics and selection are written; --resume continues from them.
            } catch (TrainingDivergedException e) {
                throw new TrainingDivergedException("training diverged in epoch " + (data.epoch() + 1) + " ("
                        + e.getMessage() + "); the last checkpoint is from before it, resume from there with a lower"
                        + " --lr", e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return metrics.state();
        }
    }

    private static void fit(Trainer trainer, int epochs, FaceBatches data) throws IOException {
        try {
            EasyTrain.fit(trainer, epochs, data, null);
        } catch (TranslateException e) {
            throw new IOException(e);
        }
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
                state.epochsDone(), MetricsWriter.pct(state.bestValidationAccuracy()), state.bestEpoch(), restored);
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
}
