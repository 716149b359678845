package com.moodbot.training;

import com.moodbot.data.DatasetFormatException;
import com.moodbot.data.FaceExport;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceScorer;
import com.moodbot.emotion.TestTimeViews;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A teacher whose answers were computed elsewhere (a wider network trained on a GPU machine from a
 * {@link FaceExport}): a CSV (gzipped when its name ends in {@code .gz}) of {@code key,p0..p6} per face, keyed by {@link FaceExport#key}, the
 * probabilities in {@link Emotion} order. Its views were chosen where it ran, so the views asked
 * for here are ignored. A face the file does not hold is an error naming how many are missing.
 */
public final class TeacherScores implements FaceScorer {

    private final Map<String, float[]> byKey;

    private TeacherScores(Map<String, float[]> byKey) {
        this.byKey = byKey;
    }

    public static TeacherScores read(Path csv) throws IOException {
        Map<String, float[]> byKey = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(csv), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("key")) {
                    continue;
                }
                byKey.put(keyOf(line, csv, number), probabilities(line, csv, number));
            }
        }
        if (byKey.isEmpty()) {
            throw new DatasetFormatException(csv + ": no teacher scores");
        }
        return new TeacherScores(byKey);
    }

    private static InputStream open(Path csv) throws IOException {
        InputStream in = Files.newInputStream(csv);
        return csv.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    @Override
    public float[][] probabilities(List<byte[]> faces, TestTimeViews ignored) {
        float[][] out = new float[faces.size()][];
        int missing = 0;
        for (int i = 0; i < out.length; i++) {
            float[] p = byKey.get(FaceExport.key(faces.get(i)));
            if (p == null) {
                missing++;
            } else {
                out[i] = p.clone();
            }
        }
        if (missing > 0) {
            throw new IllegalArgumentException("the teacher scores hold no answer for " + missing + " of "
                    + faces.size() + " faces: export them again with the same data options");
        }
        return out;
    }

    private static String keyOf(String line, Path csv, int number) {
        int comma = line.indexOf(',');
        if (comma != 16) {
            throw new DatasetFormatException(csv + " line " + number + ": expected a 16-digit key");
        }
        return line.substring(0, comma);
    }

    private static float[] probabilities(String line, Path csv, int number) {
        String[] cells = line.split(",");
        if (cells.length != 1 + Emotion.COUNT) {
            throw new DatasetFormatException(csv + " line " + number + ": expected a key and " + Emotion.COUNT + " probabilities");
        }
        float[] p = new float[Emotion.COUNT];
        float sum = 0;
        for (int k = 0; k < p.length; k++) {
            try {
                p[k] = Float.parseFloat(cells[k + 1]);
            } catch (NumberFormatException e) {
                throw new DatasetFormatException(csv + " line " + number + ": " + e.getMessage());
            }
            sum += p[k];
        }
        if (Math.abs(sum - 1) > 1e-3f) {
            throw new DatasetFormatException(csv + " line " + number + ": probabilities add up to " + sum);
        }
        return p;
    }
}
