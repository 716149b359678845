package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.bench.SyntheticFaces;
import com.moodbot.support.TestModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<byte[]> faces = SyntheticFaces.pixels(12, 9);
        try (EmotionClassifier classifier = EmotionClassifier.load(dir, 2)) {
            float[][] batch = classifier.probabilities(faces, TestTimeViews.CENTRE);
            assertEquals(12, batch.length);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<float[][]>> results = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    int k = i % faces.size();
                    results.add(pool.submit(() -> classifier.probabilities(List.of(faces.get(k)), TestTimeViews.CENTRE)));
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
