package com.moodbot.training;

import com.moodbot.data.DatasetFormatException;
import com.moodbot.data.FaceExport;
import com.moodbot.data.LabeledFace;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceScorer;
import com.moodbot.emotion.TestTimeViews;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A teacher whose answers were computed elsewhere (a wider network trained on a GPU machine from a
 * {@link FaceExport}): a CSV, gzipped when its name ends in {@code .gz}, of {@code key,p0..p6} per
 * face, keyed by {@link FaceExport#key}, the probabilities in {@link Emotion} order. Its views were
 * chosen where it ran, so the views asked for here are ignored.
 */
public final class TeacherScores implements FaceScorer {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16}");
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
                String where = csv + " line " + number + ": ";
                String[] cells = line.split(",");
                if (cells.length != 1 + Emotion.COUNT || !KEY.matcher(cells[0]).matches()) {
                    throw new DatasetFormatException(where + "expected a 16-digit lowercase hex key and "
                            + Emotion.COUNT + " probabilities");
                }
                float[] p = parseProbabilities(cells, where);
                float[] earlier = byKey.put(cells[0], p);
                if (earlier != null && !Arrays.equals(earlier, p)) {
                    throw new DatasetFormatException(where + "key " + cells[0] + " was already given other scores");
                }
            }
        } catch (ZipException | EOFException e) {
            throw new DatasetFormatException(csv + ": not a readable gzip file (" + e.getMessage() + ")");
        }
        if (byKey.isEmpty()) {
            throw new DatasetFormatException(csv + ": no teacher scores");
        }
        return new TeacherScores(byKey);
    }

    /** Fails, counting them, when any of {@code faces} has no line: before any scoring starts. */
    public void requireAll(List<LabeledFace> faces) {
        Set<String> keys = faces.stream().map(f -> FaceExport.key(f.pixels())).collect(Collectors.toSet());
        long missing = keys.stream().filter(k -> !byKey.containsKey(k)).count();
        if (missing > 0) {
            throw new IllegalArgumentException("the teacher scores hold no answer for " + missing + " of " + keys.size()
                    + " distinct faces: export them again with the same data options (and score all of them: "
                    + "teacher.py without --limit)");
        }
    }

    @Override
    public float[][] probabilities(List<byte[]> faces, TestTimeViews ignored) {
        float[][] out = new float[faces.size()][];
        for (int i = 0; i < out.length; i++) {
            float[] p = byKey.get(FaceExport.key(faces.get(i)));
            if (p == null) {
                throw new IllegalArgumentException("the teacher scores hold no answer for a face: export them again "
                        + "with the same data options");
            }
            out[i] = p.clone();
        }
        return out;
    }

    private static InputStream open(Path csv) throws IOException {
        InputStream in = Files.newInputStream(csv);
        return csv.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static float[] parseProbabilities(String[] cells, String where) {
        float[] p = new float[Emotion.COUNT];
        float sum = 0;
        for (int k = 0; k < p.length; k++) {
            try {
                p[k] = Float.parseFloat(cells[k + 1]);
            } catch (NumberFormatException e) {
                throw new DatasetFormatException(where + e.getMessage());
            }
            if (!(p[k] >= 0 && p[k] <= 1)) {
                throw new DatasetFormatException(where + "probability " + cells[k + 1] + " is not within 0..1");
            }
            sum += p[k];
        }
        if (Math.abs(sum - 1) > 1e-3f) {
            throw new DatasetFormatException(where + "probabilities add up to " + sum);
        }
        return p;
    }
}
