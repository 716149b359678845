package com.moodbot.training;

import com.moodbot.emotion.TestTimeViews;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import com.moodbot.bench.SyntheticFaces;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.EmotionNetwork;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.support.TestModels;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.moodbot.data.LabeledFace;


/** A few batches on a tiny synthetic slice: every artifact is written, and a saved model reloads exactly. */
class TrainingSmokeTest {

    @TempDir
    Path dir;

    static List<LabeledFace> faces(int n, long seed) {
        return SyntheticFaces.labelled(n, seed);
    }

    private TrainOptions.Builder tiny() {
        return tiny(dir);
    }

    private static TrainOptions.Builder tiny(Path out) {
        return TrainOptions.builder(out, TestModels.TINY).data("synthetic").batchSize(16).learningRate(0.01f)
                .seed(7).augmentWarmupEpochs(1);
    }

    @Test
    void trainsResumesWithMomentumAndReloadsWithIdenticalOutputs() throws Exception {
        TrainingArtifacts artifacts = new TrainingArtifacts(JsonMapper.createDefault());
        List<LabeledFace> train = faces(48, 1);
        List<ValidationSet> validation = List.of(new ValidationSet("held-out", faces(21, 2)),
                new ValidationSet("second", faces(14, 3)));

        TrainingState state = new EmotionTrainer(artifacts).train(tiny().epochs(2).build(), train, validation);
        assertEquals(2, state.epochsDone());
        assertEquals(2, state.history().size());
        for (EpochRecord epoch : state.history()) {
            assertTrue(Double.isFinite(epoch.trainLoss()), "epoch " + epoch.epoch() + " loss " + epoch.trainLoss());
            assertEquals(List.of("held-out", "second"), List.copyOf(epoch.validation().keySet()));
            assertEquals((epoch.validation().get("held-out") + epoch.validation().get("second")) / 2,
                    epoch.validationAccuracy(), 1e-9);
        }
        for (String file : List.of(ModelFiles.PARAMS, ModelFiles.SPEC, EmotionTrainer.LAST,
                EmotionTrainer.LAST_OPTIMIZER, TrainingArtifacts.METRICS, TrainingArtifacts.CURVE,
                "confusion-held-out.png", "confusion-held-out.txt", "confusion-second.txt")) {
            assertTrue(Files.size(dir.resolve(file)) > 0, file);
        }

        TrainingState resumed = new EmotionTrainer(artifacts).train(tiny().epochs(3).resume(true).build(), train,
                validation);
        assertEquals(3, resumed.epochsDone());
        assertEquals(List.of(1, 2, 3), resumed.history().stream().map(EpochRecord::epoch).toList());
        assertTrue(Double.isFinite(resumed.history().get(2).trainLoss()));

        List<byte[]> probe = validation.get(0).faces().stream().map(LabeledFace::pixels).toList();
        Path copy = dir.resolve("copy");
        try (EmotionClassifier loaded = EmotionClassifier.load(dir, 1)) {
            float[][] before = loaded.probabilities(probe, TestTimeViews.CENTRE);
            loaded.save(copy);
            try (EmotionClassifier reloaded = EmotionClassifier.load(copy, 1)) {
                float[][] after = reloaded.probabilities(probe, TestTimeViews.CENTRE);
                for (int i = 0; i < before.length; i++) {
                    assertArrayEquals(before[i], after[i], 0f, "face " + i);
                    assertEquals(1.0, sum(after[i]), 1e-5);
                }
                float[][] tenCrop = reloaded.probabilities(probe.subList(0, 3), TestTimeViews.TEN_CROP);
                assertEquals(3, tenCrop.length);
                assertEquals(1.0, sum(tenCrop[0]), 1e-5);
            }
        }
    }

    /**
     * A read of uninitialised memory or a data race shows up as two runs that differ, long before it
     * happens to produce a NaN. The test JVM runs with glibc's MALLOC_PERTURB_ (see pom.xml), so memory
     * that is read before it is written holds a poison pattern rather than whatever was there before.
     */
    @Test
    void twoRunsWithTheSameSeedAreIdenticalToTheBit() throws Exception {
        TrainingArtifacts artifacts = new TrainingArtifacts(JsonMapper.createDefault());
        List<LabeledFace> train = faces(64, 1);
        List<ValidationSet> validation = List.of(new ValidationSet("held-out", faces(21, 2)));
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        TrainingState a = new EmotionTrainer(artifacts).train(tiny(first).epochs(3).build(), train, validation);
        TrainingState b = new EmotionTrainer(artifacts).train(tiny(second).epochs(3).build(), train, validation);

        assertEquals(losses(a), losses(b));
        losses(a).forEach(loss -> assertTrue(Double.isFinite(loss), "loss " + loss));
        assertArrayEquals(Files.readAllBytes(first.resolve(EmotionTrainer.LAST)),
                Files.readAllBytes(second.resolve(EmotionTrainer.LAST)), "weights after the last epoch");
        assertArrayEquals(Files.readAllBytes(first.resolve(EmotionTrainer.LAST_OPTIMIZER)),
                Files.readAllBytes(second.resolve(EmotionTrainer.LAST_OPTIMIZER)), "momentum after the last epoch");
    }

    private static List<Double> losses(TrainingState state) {
        return state.history().stream().map(EpochRecord::trainLoss).toList();
    }

    @Test
    void aResumedRunContinuesExactlyWhereTheStoppedRunWas() throws Exception {
        TrainingArtifacts artifacts = new TrainingArtifacts(JsonMapper.createDefault());
        List<LabeledFace> train = faces(64, 1);
        List<ValidationSet> validation = List.of(new ValidationSet("held-out", faces(21, 2)));
        Path straight = dir.resolve("straight");
        Path stopped = dir.resolve("stopped");

        TrainingState uninterrupted = new EmotionTrainer(artifacts).train(tiny(straight).epochs(3).build(), train,
                validation);
        new EmotionTrainer(artifacts).train(tiny(stopped).epochs(3).maxMinutes(1e-6).build(), train, validation);
        TrainingState resumed = new EmotionTrainer(artifacts).train(tiny(stopped).epochs(3).resume(true).build(),
                train, validation);

        for (int epoch = 0; epoch < 3; epoch++) {
            assertEquals(uninterrupted.history().get(epoch).trainLoss(), resumed.history().get(epoch).trainLoss(),
                    1e-4, "train loss of epoch " + (epoch + 1));
        }
        List<byte[]> probe = validation.get(0).faces().stream().map(LabeledFace::pixels).toList();
        float[][] expected = lastCheckpoint(straight, probe);
        float[][] actual = lastCheckpoint(stopped, probe);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-4f, "face " + i);
        }
    }

    private static float[][] lastCheckpoint(Path runDir, List<byte[]> probe) throws Exception {
        Path model = runDir.resolve("last-as-model");
        Files.createDirectories(model);
        Files.copy(runDir.resolve(ModelFiles.SPEC), model.resolve(ModelFiles.SPEC));
        Files.copy(runDir.resolve(EmotionTrainer.LAST), model.resolve(ModelFiles.PARAMS));
        try (EmotionClassifier classifier = EmotionClassifier.load(model, 1)) {
            return classifier.probabilities(probe, TestTimeViews.CENTRE);
        }
    }

    @Test
    void aWarmRestartStartsFromTheGivenWeightsAndKeepsSnapshots() throws Exception {
        TrainingArtifacts artifacts = new TrainingArtifacts(JsonMapper.createDefault());
        List<LabeledFace> train = faces(64, 1);
        List<ValidationSet> validation = List.of(new ValidationSet("held-out", faces(21, 2)));
        Path first = dir.resolve("first");
        Path fresh = dir.resolve("fresh");
        Path restarted = dir.resolve("restarted");
        new EmotionTrainer(artifacts).train(tiny(first).epochs(4).snapshotFromEpoch(3).build(), train, validation);
        assertEquals(List.of("snapshot-epoch-003.params", "snapshot-epoch-004.params"), snapshots(first));
        assertArrayEquals(Files.readAllBytes(first.resolve(EmotionTrainer.LAST)),
                Files.readAllBytes(first.resolve(EmotionTrainer.snapshotName(4))));

        // A step too small to move anything: the warm run ends on the weights it started from, a fresh one does not.
        new EmotionTrainer(artifacts).train(tiny(restarted).epochs(1).learningRate(1e-9f).weightDecay(0)
                .initialWeights(first.resolve(EmotionTrainer.LAST)).build(), train, validation);
        new EmotionTrainer(artifacts).train(tiny(fresh).epochs(1).learningRate(1e-9f).weightDecay(0).build(), train,
                validation);
        assertEquals(List.of(), snapshots(restarted));
        float[] started = firstWeights(first.resolve(EmotionTrainer.LAST));
        assertArrayEquals(started, firstWeights(restarted.resolve(EmotionTrainer.LAST)), 1e-6f);
        assertTrue(!Arrays.equals(started, firstWeights(fresh.resolve(EmotionTrainer.LAST))));

        Path wider = dir.resolve("wider");
        TrainOptions mismatch = TrainOptions.builder(wider, new com.moodbot.emotion.NetworkSpec(
                TestModels.TINY.width() * 2, TestModels.TINY.inputSize(), 0)).data("synthetic").batchSize(16)
                .epochs(1).initialWeights(first.resolve(EmotionTrainer.LAST)).build();
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> new EmotionTrainer(artifacts).train(mismatch, train, validation));
        assertTrue(e.getMessage().contains("parameters do not match"), e.getMessage());
    }

    private static float[] firstWeights(Path params) throws Exception {
        try (Model model = Model.newInstance("check")) {
            Block block = EmotionNetwork.vgg19bn(TestModels.TINY);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, 44, 44));
            ModelFiles.loadParameters(block, model.getNDManager(), params);
            return block.getParameters().values().stream().filter(p -> p.getType() == Parameter.Type.WEIGHT)
                    .findFirst().orElseThrow().getArray().toFloatArray();
        }
    }

    private static List<String> snapshots(Path run) throws Exception {
        try (var files = Files.list(run)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("snapshot-")).sorted().toList();
        }
    }

    @Test
    void refusesToResumeWithoutOptimizerState() throws Exception {
        TrainingArtifacts artifacts = new TrainingArtifacts(JsonMapper.createDefault());
        List<ValidationSet> validation = List.of(new ValidationSet("held-out", faces(14, 2)));
        new EmotionTrainer(artifacts).train(tiny().epochs(1).build(), faces(32, 1), validation);
        Files.delete(dir.resolve(EmotionTrainer.LAST_OPTIMIZER));
        assertThrows(NoSuchFileException.class, () -> new EmotionTrainer(artifacts)
                .train(tiny().epochs(2).resume(true).build(), faces(32, 1), validation));
    }

    private static double sum(float[] p) {
        double s = 0;
        for (float v : p) {
            s += v;
        }
        return s;
    }
}
