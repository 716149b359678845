package com.moodbot.emotion;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Classifies FER-normalised faces with the VGG19-BN network. Thread-safe: DJL predictors are not,
 * so each call borrows one from a fixed pool. Uses CUDA when DJL's engine finds a GPU.
 */
public final class EmotionClassifier implements FaceScorer, AutoCloseable {

    private final Model model;
    private final Block trained;
    private final NetworkSpec spec;
    private final Calibration calibration;
    private final BlockingQueue<Predictor<FaceBatch, float[][]>> pool;
    private final List<Predictor<FaceBatch, float[][]>> all = new ArrayList<>();
    private final boolean ownsModel;

    private EmotionClassifier(Model model, Block trained, NetworkSpec spec, Calibration calibration, int poolSize,
                              boolean ownsModel) {
        this.model = model;
        this.trained = trained;
        this.spec = spec;
        this.calibration = calibration;
        this.ownsModel = ownsModel;
        this.pool = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Predictor<FaceBatch, float[][]> p = model.newPredictor(new FaceBatchTranslator(spec.inputSize(), calibration));
            all.add(p);
            pool.add(p);
        }
    }

    /**
     * Loads {@link ModelFiles#PARAMS}, its spec and its {@link Calibration} from {@code dir}, for
     * serving (see {@link TorchThreads}).
     */
    public static EmotionClassifier load(Path dir, int poolSize) throws IOException {
        return load(dir, poolSize, ModelFiles.readCalibration(dir));
    }

    /**
     * As {@link #load(Path, int)} with the given calibration ({@link Calibration#NONE}: the raw network). Predicts
     * with the batch norms folded into the convolutions ({@link BatchNormFolding}).
     */
    public static EmotionClassifier load(Path dir, int poolSize, Calibration calibration) throws IOException {
        NetworkSpec spec = ModelFiles.readSpec(dir);
        TorchThreads.forServing();
        Model model = Model.newInstance("emotion-vgg19bn", defaultDevice());
        Block trained = EmotionNetwork.vgg19bn(spec);
        ModelFiles.loadParameters(trained, model.getNDManager(), dir.resolve(ModelFiles.PARAMS));
        Block folded = EmotionNetwork.vgg19Folded(spec);
        folded.initialize(model.getNDManager(), DataType.FLOAT32, spec.inputShape());
        BatchNormFolding.fold(trained, folded);
        model.setBlock(folded);
        return new EmotionClassifier(model, trained, spec, calibration, poolSize, true);
    }

    /** Wraps a model being trained, for evaluation between epochs. */
    public static EmotionClassifier wrap(Model model, NetworkSpec spec) {
        return new EmotionClassifier(model, model.getBlock(), spec, Calibration.NONE, 1, false);
    }

    /** Writes this model's spec, calibration and parameters to {@code dir} in the {@link ModelFiles} layout. */
    public void save(Path dir) throws IOException {
        ModelFiles.writeSpec(dir, spec);
        if (!calibration.isNone()) {
            ModelFiles.writeCalibration(dir, calibration, "copied");
        }
        ModelFiles.saveParameters(trained, dir.resolve(ModelFiles.PARAMS));
    }

    public static Device defaultDevice() {
        return Engine.getEngine("PyTorch").defaultDevice();
    }

    public Calibration calibration() {
        return calibration;
    }

    public NetworkSpec spec() {
        return spec;
    }

    public Device device() {
        return model.getNDManager().getDevice();
    }

    @Override
    public float[][] probabilities(List<byte[]> faces, TestTimeViews views) {
        if (faces.isEmpty()) {
            return new float[0][];
        }
        Predictor<FaceBatch, float[][]> predictor = borrow();
        try {
            return predictor.predict(new FaceBatch(faces, views));
        } catch (TranslateException e) {
            throw new IllegalStateException("emotion model failed: " + e.getMessage(), e);
        } finally {
            pool.add(predictor);
        }
    }

    private Predictor<FaceBatch, float[][]> borrow() {
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a predictor", e);
        }
    }

    /** Closes the predictors; the model itself too unless it was wrapped for training. */
    @Override
    public void close() {
        all.forEach(Predictor::close);
        if (ownsModel) {
            model.close();
        }
    }
}
