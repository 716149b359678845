package com.moodbot.emotion;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * PyTorch's intra-op thread count. Serving runs one thread per predictor and takes its parallelism
 * from the predictor pool: several OpenMP teams spinning on the same cores slowed one 44x44 face
 * from ~12 ms to ~550 ms on the 2-core machine. Training uses every core.
 */
public final class TorchThreads {

    private TorchThreads() {
    }

    public static void set(int threads) {
        Engine.getEngine("PyTorch");
        JniUtils.setNumThreads(Math.max(1, threads));
    }

    public static void forServing() {
        set(1);
    }

    public static void forTraining() {
        set(Runtime.getRuntime().availableProcessors());
    }
}
