package com.moodbot.data;

import com.moodbot.emotion.Emotion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Microsoft's FER+ ten-annotator votes, aligned row for row with the FER2013 CSV (line N of
 * {@code ferplus.csv} belongs to line N of {@code fer2013.csv}). Turned into soft targets:
 * <ul>
 *   <li>contempt (no FER2013 class) and unknown votes are dropped, and so is any emotion with a
 *       single vote when others have more (FER+'s own treatment of one-vote noise);</li>
 *   <li>a face most annotators call not-a-face, or with no emotion votes left, keeps its original label;</li>
 *   <li>the target is {@code originalWeight} on the FER2013 label plus the rest spread as the votes.</li>
 * </ul>
 */
public final class FerPlusVotes {

    /** FER+ column order after Usage: neutral, happiness, surprise, sadness, anger, disgust, fear, contempt, unknown, NF. */
    private static final Emotion[] COLUMNS = {Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SURPRISE, Emotion.SAD,
        Emotion.ANGRY, Emotion.DISGUST, Emotion.FEAR};
    private static final int NOT_A_FACE = 9;

    private final Map<Integer, int[]> votesByLine;

    private FerPlusVotes(Map<Integer, int[]> votesByLine) {
        this.votesByLine = votesByLine;
    }

    public static FerPlusVotes read(Path csv) throws IOException {
        Map<Integer, int[]> votes = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        if (lines.isEmpty() || !lines.get(0).toLowerCase(Locale.ROOT).startsWith("usage,neutral")) {
            throw new DatasetFormatException(csv + ":1: expected the FER+ header Usage,neutral,happiness,...");
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f.length < 11 || f[1].isBlank()) {
                continue;
            }
            int[] v = new int[10];
            try {
                for (int k = 0; k < 10; k++) {
                    v[k] = Integer.parseInt(f[k + 1].trim());
                }
            } catch (NumberFormatException e) {
                throw new DatasetFormatException(csv + ":" + (i + 1) + ": votes must be whole numbers");
            }
            votes.put(i + 1, v);
        }
        return new FerPlusVotes(votes);
    }

    public int size() {
        return votesByLine.size();
    }

    /** The FER+ distribution over the seven emotions for a CSV line, or null when it has none (or is {@link LabeledFace#NO_LINE}). */
    public float[] distribution(int csvLine) {
        int[] v = votesByLine.get(csvLine);
        if (v == null) {
            return null;
        }
        int total = 0;
        int max = 0;
        for (int k = 0; k < 10; k++) {
            total += v[k];
        }
        if (total == 0 || v[NOT_A_FACE] * 2 > total) {
            return null;
        }
        for (int k = 0; k < COLUMNS.length; k++) {
            max = Math.max(max, v[k]);
        }
        float[] dist = new float[Emotion.COUNT];
        float kept = 0;
        for (int k = 0; k < COLUMNS.length; k++) {
            int votes = v[k] == 1 && max > 1 ? 0 : v[k];
            dist[COLUMNS[k].ordinal()] = votes;
            kept += votes;
        }
        if (kept == 0) {
            return null;
        }
        for (int k = 0; k < dist.length; k++) {
            dist[k] /= kept;
        }
        return dist;
    }

    /** The FER+ majority emotion for a CSV line, if it has usable votes. */
    public Emotion majority(int csvLine) {
        float[] d = distribution(csvLine);
        return d == null ? null : Emotion.mostLikely(d);
    }

    /** Each FER2013 face's FER+ majority class index, or -1 where it has no usable votes. */
    public int[] majorityIndices(List<LabeledFace> faces) {
        int[] out = new int[faces.size()];
        for (int i = 0; i < out.length; i++) {
            Emotion m = majority(faces.get(i).csvLine());
            out[i] = m == null ? -1 : m.ordinal();
        }
        return out;
    }

    /** Faces with soft targets: {@code originalWeight} on the FER2013 label, the rest as the FER+ votes. */
    public List<LabeledFace> soften(List<LabeledFace> faces, float originalWeight) {
        List<LabeledFace> out = new ArrayList<>(faces.size());
        for (LabeledFace face : faces) {
            float[] dist = distribution(face.csvLine());
            if (dist == null || originalWeight >= 1f) {
                out.add(face);
                continue;
            }
            float[] target = new float[Emotion.COUNT];
            for (int k = 0; k < target.length; k++) {
                target[k] = (1 - originalWeight) * dist[k];
            }
            target[face.label().ordinal()] += originalWeight;
            out.add(face.withTarget(target));
        }
        return out;
    }
}
