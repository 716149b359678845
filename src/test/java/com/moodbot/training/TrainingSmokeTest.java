package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.support.TestModels;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few batches on a tiny synthetic slice: every artifact is written, and a saved model reloads exactly. */
class TrainingSmokeTest {

    @TempDir
    Path dir;

    static List<LabeledFace> faces(int n, long seed) {
        Random r = new Random(seed);
        List<LabeledFace> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] px = new byte[LabeledFace.PIXELS];
            r.nextBytes(px);
            out.add(new LabeledFace(px, Emotion.ofIndex(i % Emotion.COUNT), "synthetic:" + i));
        }
        return out;
    }

    @Test
    void trainsResumesAndReloadsWithIdenticalOutputs() throws Exception {
        TrainingArtifacts artifacts = new TrainingArtifacts(JsonMapper.createDefault());
        TrainOptions options = new TrainOptions(Path.of("synthetic"), dir, TestModels.TINY, 2, 16, 0.01f, 5e-4f,
                0.05f, 0.3, 7, false, 0, 0, 0, 1);
        List<LabeledFace> train = faces(48, 1);
        List<LabeledFace> validation = faces(21, 2);

        TrainingState state = new EmotionTrainer(artifacts).train(options, train, validation);
        assertEquals(2, state.epochsDone());
        assertEquals(2, state.history().size());
        assertTrue(Double.isFinite(state.history().get(1).trainLoss()));
        for (String file : List.of(ModelFiles.PARAMS, ModelFiles.SPEC, EmotionTrainer.LAST, TrainingArtifacts.METRICS,
                TrainingArtifacts.CURVE, "confusion-publictest.png", "confusion-publictest.txt")) {
            assertTrue(Files.size(dir.resolve(file)) > 0, file);
        }

        TrainOptions more = new TrainOptions(Path.of("synthetic"), dir, TestModels.TINY, 3, 16, 0.01f, 5e-4f,
                0.05f, 0.3, 7, true, 0, 0, 0, 1);
        TrainingState resumed = new EmotionTrainer(artifacts).train(more, train, validation);
        assertEquals(3, resumed.epochsDone());
        assertEquals(List.of(1, 2, 3), resumed.history().stream().map(EpochRecord::epoch).toList());

        List<byte[]> probe = validation.stream().map(LabeledFace::pixels).toList();
        Path copy = dir.resolve("copy");
        try (EmotionClassifier loaded = EmotionClassifier.load(dir, 1)) {
            float[][] before = loaded.probabilities(probe, false);
            loaded.save(copy);
            try (EmotionClassifier reloaded = EmotionClassifier.load(copy, 1)) {
                float[][] after = reloaded.probabilities(probe, false);
                for (int i = 0; i < before.length; i++) {
                    assertArrayEquals(before[i], after[i], 0f, "face " + i);
                    assertEquals(1.0, sum(after[i]), 1e-5);
                }
                float[][] tenCrop = reloaded.probabilities(probe.subList(0, 3), true);
                assertEquals(3, tenCrop.length);
                assertEquals(1.0, sum(tenCrop[0]), 1e-5);
            }
        }
    }

    private static double sum(float[] p) {
        double s = 0;
        for (float v : p) {
            s += v;
        }
        return s;
    }
}
