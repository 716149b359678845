package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServedModelTest {

    @TempDir
    Path dir;

    private final List<byte[]> faces = List.of(gradient(0), gradient(90));

    @Test
    void aFolderWithoutMembersServesItsOwnNetwork() throws IOException {
        Path folder = TestModels.writeRandom(dir.resolve("alone"), 3);
        try (ServedModel served = ServedModel.load(folder, 1);
             EmotionClassifier alone = EmotionClassifier.load(folder, 1)) {
            assertEquals(1, served.size());
            assertArrays(alone.probabilities(faces, TestTimeViews.MIRROR), served.probabilities(faces, TestTimeViews.MIRROR));
        }
    }

    @Test
    void membersAreAveragedWithTheFoldersNetwork() throws IOException {
        Path folder = TestModels.writeRandom(dir.resolve("ensemble"), 3);
        Path member = TestModels.writeRandom(folder.resolve(ServedModel.MEMBERS).resolve("second"), 4);
        Files.writeString(folder.resolve(ServedModel.MEMBERS).resolve("notes.txt"), "not a model folder");
        try (ServedModel served = ServedModel.load(folder, 2);
             EmotionClassifier first = EmotionClassifier.load(folder, 1);
             EmotionClassifier second = EmotionClassifier.load(member, 1)) {
            assertEquals(2, served.size());
            float[][] a = first.probabilities(faces, TestTimeViews.MIRROR);
            float[][] b = second.probabilities(faces, TestTimeViews.MIRROR);
            assertFalse(Arrays.equals(a[0], b[0]), "two different networks");
            float[][] mean = new float[a.length][Emotion.COUNT];
            for (int i = 0; i < a.length; i++) {
                for (int k = 0; k < Emotion.COUNT; k++) {
                    mean[i][k] = (a[i][k] + b[i][k]) / 2;
                }
            }
            assertArrays(mean, served.probabilities(faces, TestTimeViews.MIRROR));
            assertEquals(first.spec(), served.primary().spec());
        }
    }

    @Test
    void aMemberFolderWithoutWeightsFailsTheLoadByName() throws IOException {
        Path folder = TestModels.writeRandom(dir.resolve("broken"), 3);
        Files.createDirectories(folder.resolve(ServedModel.MEMBERS).resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> ServedModel.load(folder, 1));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    private static void assertArrays(float[][] expected, float[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-6f);
        }
    }

    private static byte[] gradient(int shift) {
        byte[] face = new byte[48 * 48];
        for (int i = 0; i < face.length; i++) {
            face[i] = (byte) ((i % 48) * 5 + shift);
        }
        return face;
    }
}
