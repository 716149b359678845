package com.moodbot.emotion;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
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
    private final NetworkSpec spec;
    private final BlockingQueue<Predictor<FaceBatch, float[][]>> pool;
    private final List<Predictor<FaceBatch, float[][]>> all = new ArrayList<>();
    private final boolean ownsModel;

    private EmotionClassifier(Model model, NetworkSpec spec, int poolSize, boolean ownsModel) {
        this.model = model;
        this.spec = spec;
        this.ownsModel = ownsModel;
        this.pool = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Predictor<FaceBatch, float[][]> p = model.newPredictor(new FaceBatchTranslator(spec.inputSize()));
            all.add(p);
            pool.add(p);
        }
    }

    /** Loads {@link ModelFiles#PARAMS} and its spec from {@code dir}, for serving (see {@link TorchThreads}). */
    public static EmotionClassifier load(Path dir, int poolSize) throws IOException {
        NetworkSpec spec = ModelFiles.readSpec(dir);
        TorchThreads.forServing();
        Model model = Model.newInstance("emotion-vgg19bn", defaultDevice());
        Block block = EmotionNetwork.vgg19bn(spec);
        model.setBlock(block);
        ModelFiles.loadParameters(block, model.getNDManager(), dir.resolve(ModelFiles.PARAMS));
        return new EmotionClassifier(model, spec, poolSize, true);
    }

    /** Wraps a model being trained, for evaluation between epochs. */
    public static EmotionClassifier wrap(Model model, NetworkSpec spec) {
        return new EmotionClassifier(model, spec, 1, false);
    }

    /** Writes this model's spec and parameters to {@code dir} in the {@link ModelFiles} layout. */
    public void save(Path dir) throws IOException {
        ModelFiles.writeSpec(dir, spec);
        ModelFiles.saveParameters(model.getBlock(), dir.resolve(ModelFiles.PARAMS));
    }

    public static Device defaultDevice() {
        return Engine.getEngine("PyTorch").defaultDevice();
    }

    public NetworkSpec spec() {
        return spec;
    }

    public Device device() {
        return model.getNDManager().getDevice();
    }

    @Override
    public float[][] probabilities(List<byte[]> faces, boolean tenCrop) {
        if (faces.isEmpty()) {
            return new float[0][];
        }
        Predictor<FaceBatch, float[][]> predictor = borrow();
        try {
            return predictor.predict(new FaceBatch(faces, tenCrop));
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
