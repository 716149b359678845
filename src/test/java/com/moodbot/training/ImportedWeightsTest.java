package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import com.moodbot.data.DatasetFormatException;
import com.moodbot.emotion.EmotionNetwork;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import com.moodbot.support.TestModels;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's own checks; that PyTorch's order is the block's is {@code TeacherLoopTest}'s (it runs student.py). */
class ImportedWeightsTest {

    private static final Shape INPUT = new Shape(1, 1, 44, 44);

    @TempDir
    Path dir;

    @Test
    void everyArrayLandsInItsParameterAndTheProbeIsReproduced() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block source = network(manager, TestModels.TINY, 7);
            Path npz = writeNpz(manager, source, UnaryOperator.identity());
            Path params = dir.resolve("imported.params");
            ImportedWeights.write(TestModels.TINY, npz, params);

            Block imported = EmotionNetwork.vgg19bn(TestModels.TINY);
            imported.initialize(manager, DataType.FLOAT32, INPUT);
            ModelFiles.loadParameters(imported, manager, params);
            PairList<String, Parameter> want = source.getParameters();
            PairList<String, Parameter> got = imported.getParameters();
            for (int i = 0; i < want.size(); i++) {
                assertArrayEquals(want.valueAt(i).getArray().toFloatArray(), got.valueAt(i).getArray().toFloatArray(),
                        want.keyAt(i));
            }
        }
    }

    @Test
    void logitsThatTheImportedNetworkDoesNotGiveAreRefused() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Path npz = writeNpz(manager, network(manager, TestModels.TINY, 8), logits -> logits.add(0.5f));
            DatasetFormatException e = assertThrows(DatasetFormatException.class,
                    () -> ImportedWeights.write(TestModels.TINY, npz, dir.resolve("x.params")));
            assertTrue(e.getMessage().contains("do not line up"), e.getMessage());
            assertTrue(Files.notExists(dir.resolve("x.params")), "nothing written");
        }
    }

    @Test
    void weightsOfAnotherWidthAreRefusedByName() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Path npz = writeNpz(manager, network(manager, new NetworkSpec(0.25f, 44, 0f), 9), UnaryOperator.identity());
            DatasetFormatException e = assertThrows(DatasetFormatException.class,
                    () -> ImportedWeights.write(TestModels.TINY, npz, dir.resolve("x.params")));
            assertTrue(e.getMessage().contains("the network's") && e.getMessage().contains("needs float32"),
                    e.getMessage());
        }
    }

    @Test
    void aFileWithoutTheProbeOrNotNumpyAtAllIsOneMessage() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Path noProbe = dir.resolve("no-probe.npz");
            try (OutputStream out = Files.newOutputStream(noProbe)) {
                new NDList(named(manager.ones(new Shape(2)), "p000")).encode(out, NDList.Encoding.NPZ);
            }
            assertTrue(assertThrows(DatasetFormatException.class,
                    () -> ImportedWeights.write(TestModels.TINY, noProbe, dir.resolve("x.params")))
                    .getMessage().contains("no probe_input array"));
            Path text = Files.writeString(dir.resolve("text.npz"), "not numpy");
            assertThrows(DatasetFormatException.class,
                    () -> ImportedWeights.write(TestModels.TINY, text, dir.resolve("x.params")));
        }
    }

    /** Random batch-norm statistics and scales too, so that a swap of two of them changes the logits. */
    private static Block network(NDManager manager, NetworkSpec spec, long seed) {
        manager.getEngine().setRandomSeed((int) seed);
        Block block = EmotionNetwork.vgg19bn(spec);
        block.initialize(manager, DataType.FLOAT32, INPUT);
        for (var p : block.getParameters()) {
            NDArray a = p.getValue().getArray();
            if (p.getKey().endsWith("gamma") || p.getKey().endsWith("runningVar")) {
                a.set(manager.randomUniform(0.5f, 1.5f, a.getShape()).toFloatArray());
            } else if (p.getKey().endsWith("beta") || p.getKey().endsWith("runningMean")) {
                a.set(manager.randomUniform(-0.2f, 0.2f, a.getShape()).toFloatArray());
            }
        }
        return block;
    }

    /** The file student.py writes: p000... in the block's order, a probe and its logits (here the block's own). */
    private Path writeNpz(NDManager manager, Block block, UnaryOperator<NDArray> logitsEdit) throws Exception {
        NDArray probe = manager.randomNormal(new Shape(2, 1, 44, 44));
        NDArray logits = block.forward(new ParameterStore(manager, false), new NDList(probe), false).singletonOrThrow();
        NDList arrays = new NDList(named(probe, ImportedWeights.PROBE_INPUT),
                named(logitsEdit.apply(logits), ImportedWeights.PROBE_LOGITS));
        PairList<String, Parameter> params = block.getParameters();
        for (int i = 0; i < params.size(); i++) {
            arrays.add(named(params.valueAt(i).getArray().duplicate(), String.format("p%03d", i)));
        }
        Path npz = dir.resolve("student-" + System.nanoTime() + ".npz");
        try (OutputStream out = Files.newOutputStream(npz)) {
            arrays.encode(out, NDList.Encoding.NPZ);
        }
        return npz;
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }
}
