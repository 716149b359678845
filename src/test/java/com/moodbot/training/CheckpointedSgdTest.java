package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import com.moodbot.emotion.ModelFiles;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointedSgdTest {

    @TempDir
    Path dir;

    private static CheckpointedSgd ours() {
        return CheckpointedSgd.builder().learningRate(Tracker.fixed(0.1f)).momentum(0.9f).optWeightDecays(0.01f).build();
    }

    private static Block block(NDManager m, long seed) {
        m.getEngine().setRandomSeed((int) seed);
        Block b = Linear.builder().setUnits(3).build();
        b.initialize(m, DataType.FLOAT32, new Shape(1, 4));
        return b;
    }

    private static void step(Optimizer optimizer, Block block, NDManager m, float gradScale) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray w = p.getValue().getArray();
            optimizer.update(p.getValue().getId(), w, m.ones(w.getShape()).mul(gradScale).add(w.mul(0.5f)));
        }
    }

    private static float[] weights(Block block) {
        return block.getParameters().values().stream().map(p -> p.getArray().toFloatArray())
                .reduce(new float[0], (a, b) -> {
                    float[] c = Arrays.copyOf(a, a.length + b.length);
                    System.arraycopy(b, 0, c, a.length, b.length);
                    return c;
                });
    }

    @Test
    void makesTheSameUpdateAsDjlSgd() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block a = block(m, 1);
            Block b = block(m, 1);
            assertArrayEquals(weights(a), weights(b), 0f);
            Optimizer djl = Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).optMomentum(0.9f)
                    .optWeightDecays(0.01f).build();
            CheckpointedSgd mine = ours();
            for (int i = 0; i < 4; i++) {
                step(djl, a, m, 1 + i);
                step(mine, b, m, 1 + i);
            }
            assertArrayEquals(weights(a), weights(b), 1e-6f);
        }
    }

    @Test
    void aResumedOptimizerContinuesWithTheSavedMomentum() throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            Block uninterrupted = block(m, 2);
            CheckpointedSgd first = ours();
            step(first, uninterrupted, m, 1);
            step(first, uninterrupted, m, 2);
            first.save(uninterrupted, dir.resolve("momentum"));
            ModelFiles.saveParameters(uninterrupted, dir.resolve("params"));

            Block resumed = block(m, 3);
            ModelFiles.loadParameters(resumed, m, dir.resolve("params"));
            CheckpointedSgd second = ours();
            assertEquals(2, second.load(resumed, m, dir.resolve("momentum")));
            Block restarted = block(m, 3);
            ModelFiles.loadParameters(restarted, m, dir.resolve("params"));

            step(first, uninterrupted, m, 3);
            step(second, resumed, m, 3);
            step(ours(), restarted, m, 3);
            assertArrayEquals(weights(uninterrupted), weights(resumed), 1e-6f);
            assertFalse(Arrays.equals(weights(uninterrupted), weights(restarted)), "momentum from zero differs");
        }
    }
}
