package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.data.DatasetFormatException;
import com.moodbot.data.FaceExport;
import com.moodbot.data.LabeledFace;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.TestTimeViews;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeacherScoresTest {

    private static byte[] face(int first) {
        byte[] p = new byte[LabeledFace.PIXELS];
        p[0] = (byte) first;
        return p;
    }

    private static Path csv(Path dir, String... lines) throws Exception {
        return Files.write(dir.resolve("teacher-scores.csv"), List.of(lines));
    }

    @Test
    void answersEachFaceFromTheLineKeyedByItsPixels(@TempDir Path dir) throws Exception {
        Path file = csv(dir, "key,p0,p1,p2,p3,p4,p5,p6",
                FaceExport.key(face(1)) + ",0.1,0,0,0.9,0,0,0",
                FaceExport.key(face(2)) + ",0,0,0,0,0,0.5,0.5");

        float[][] p = TeacherScores.read(file).probabilities(List.of(face(2), face(1)), TestTimeViews.TEN_CROP);

        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0.5f, 0.5f}, p[0]);
        assertArrayEquals(new float[] {0.1f, 0, 0, 0.9f, 0, 0, 0}, p[1]);
    }

    @Test
    void readsAGzippedFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("teacher-scores.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((FaceExport.key(face(5)) + ",0,0,0,0,0,0,1\n").getBytes(StandardCharsets.UTF_8));
        }

        float[][] p = TeacherScores.read(file).probabilities(List.of(face(5)), TestTimeViews.CENTRE);

        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0, 1}, p[0]);
    }

    @Test
    void facesTheFileDoesNotHoldAreCountedBeforeAnyScoring(@TempDir Path dir) throws Exception {
        TeacherScores scores = TeacherScores.read(csv(dir, FaceExport.key(face(1)) + ",1,0,0,0,0,0,0"));
        LabeledFace twin = new LabeledFace(face(3), Emotion.SAD, "twin");
        List<LabeledFace> faces = List.of(new LabeledFace(face(1), Emotion.SAD, "a"),
                new LabeledFace(face(3), Emotion.SAD, "b"), twin, twin, new LabeledFace(face(4), Emotion.SAD, "c"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scores.requireAll(faces));
        assertTrue(e.getMessage().contains("no answer for 2 of 3 distinct faces"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> scores.probabilities(List.of(face(4)), TestTimeViews.TEN_CROP));
    }

    @Test
    void aCorruptGzipFileIsADataErrorNotACrash(@TempDir Path dir) throws Exception {
        Path notGzip = Files.writeString(dir.resolve("scores.csv.gz"), "key,p0\n");
        assertRejected(notGzip, "not a readable gzip file");
    }

    @Test
    void linesThatAreNotAKeyAndSevenProbabilitiesAreRejectedWithTheirNumber(@TempDir Path dir) throws Exception {
        String key = FaceExport.key(face(1));
        assertRejected(csv(dir, key + ",0.5,0.5,0,0,0,0"), "line 1");
        assertRejected(csv(dir, "key,p0", key + ",0.5,0.5,0.5,0,0,0,0"), "line 2: probabilities add up to 1.5");
        assertRejected(csv(dir, "abc,1,0,0,0,0,0,0"), "16-digit lowercase hex key");
        assertRejected(csv(dir, key + ",x,0,0,0,0,0,1"), "line 1");
        assertRejected(csv(dir, "key,p0"), "no teacher scores");
        assertRejected(csv(dir, key.toUpperCase(Locale.ROOT) + ",1,0,0,0,0,0,0"), "lowercase hex key");
        assertRejected(csv(dir, key + ",-1,2,0,0,0,0,0"), "probability -1 is not within 0..1");
        assertRejected(csv(dir, key + ",NaN,1,0,0,0,0,0"), "probability NaN is not within 0..1");
        assertRejected(csv(dir, key + ",1,0,0,0,0,0,0", key + ",0,1,0,0,0,0,0"), "line 2: key " + key
                + " was already given other scores");
        TeacherScores.read(csv(dir, key + ",1,0,0,0,0,0,0", key + ",1,0,0,0,0,0,0"));
    }

    private static void assertRejected(Path file, String expected) {
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> TeacherScores.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
