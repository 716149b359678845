package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.support.TestModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmotionClassifierConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void concurrentCallersGetTheSameAnswersAsOneCallerAndBatchesMatchSingles() throws Exception {
        TestModels.writeRandom(dir, 3);
        Random random = new Random(9);
        List<byte[]> faces = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            byte[] f = new byte[48 * 48];
            random.nextBytes(f);
            faces.add(f);
        }
        try (EmotionClassifier classifier = EmotionClassifier.load(dir, 2)) {
            float[][] batch = classifier.probabilities(faces, false);
            assertEquals(12, batch.length);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<float[][]>> results = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    int k = i % faces.size();
                    results.add(pool.submit(() -> classifier.probabilities(List.of(faces.get(k)), false)));
                }
                for (int i = 0; i < results.size(); i++) {
                    assertArrayEquals(batch[i % faces.size()], results.get(i).get()[0], 1e-5f, "call " + i);
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
