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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
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
            Path npz = writeNpz(manager, source, arrays -> { });
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
        assertRefused(arrays -> arrays.put(ImportedWeights.PROBE_LOGITS, arrays.get(ImportedWeights.PROBE_LOGITS).add(0.5f)),
                "do not line up");
        assertTrue(Files.notExists(dir.resolve("new")), "no folder left behind");
    }

    @Test
    void twoBatchNormArraysOfOneShapeInTheWrongOrderAreRefused() throws Exception {
        assertRefused(arrays -> {
            NDArray gamma = arrays.get("p001");
            arrays.put("p001", arrays.get("p004"));
            arrays.put("p004", gamma);
        }, "do not line up");
    }

    @Test
    void divergedLogitsAWrongProbeAndStrayArraysAreEachNamed() throws Exception {
        assertRefused(arrays -> arrays.put(ImportedWeights.PROBE_LOGITS,
                arrays.get(ImportedWeights.PROBE_LOGITS).mul(Float.POSITIVE_INFINITY)), "not all finite");
        assertRefused(arrays -> arrays.put(ImportedWeights.PROBE_INPUT,
                arrays.get(ImportedWeights.PROBE_INPUT).get(":, :, :40, :40")), "the probe needs float32 (2, 1, 44, 44)");
        assertRefused(arrays -> arrays.put("extra", arrays.get("p000").duplicate()), "has no place for: [extra]");
        assertRefused(arrays -> arrays.remove("p010"), "no p010 array");
    }

    @Test
    void weightsOfAnotherWidthAreRefusedByName() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Path npz = writeNpz(manager, network(manager, new NetworkSpec(0.25f, 44, 0f), 9), arrays -> { });
            DatasetFormatException e = assertThrows(DatasetFormatException.class,
                    () -> ImportedWeights.write(TestModels.TINY, npz, dir.resolve("x.params")));
            assertTrue(e.getMessage().contains("the network's") && e.getMessage().contains("needs float32"),
                    e.getMessage());
        }
    }

    @Test
    void aFileWithoutTheProbeOrNotNumpyAtAllIsOneMessage() throws Exception {
        assertRefused(arrays -> arrays.remove(ImportedWeights.PROBE_INPUT), "no probe_input array");
        Path text = Files.writeString(dir.resolve("text.npz"), "not numpy");
        assertThrows(DatasetFormatException.class, () -> ImportedWeights.write(TestModels.TINY, text, dir.resolve("x.params")));
    }

    private void assertRefused(Consumer<Map<String, NDArray>> edit, String message) throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Path npz = writeNpz(manager, network(manager, TestModels.TINY, 8), edit);
            DatasetFormatException e = assertThrows(DatasetFormatException.class,
                    () -> ImportedWeights.write(TestModels.TINY, npz, dir.resolve("new").resolve("x.params")));
            assertTrue(e.getMessage().contains(message), e.getMessage());
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

    /** The file student.py writes (p000... in the block's order, a probe and its logits), after {@code edit}. */
    private Path writeNpz(NDManager manager, Block block, Consumer<Map<String, NDArray>> edit) throws Exception {
        NDArray probe = manager.randomNormal(new Shape(2, 1, 44, 44));
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        arrays.put(ImportedWeights.PROBE_INPUT, probe);
        arrays.put(ImportedWeights.PROBE_LOGITS,
                block.forward(new ParameterStore(manager, false), new NDList(probe), false).singletonOrThrow());
        PairList<String, Parameter> params = block.getParameters();
        for (int i = 0; i < params.size(); i++) {
            arrays.put(String.format("p%03d", i), params.valueAt(i).getArray().duplicate());
        }
        edit.accept(arrays);
        NDList list = new NDList();
        arrays.forEach((name, array) -> list.add(named(array, name)));
        Path npz = dir.resolve("student-" + System.nanoTime() + ".npz");
        try (OutputStream out = Files.newOutputStream(npz)) {
            list.encode(out, NDList.Encoding.NPZ);
        }
        return npz;
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }
}
