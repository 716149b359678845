package com.moodbot.training;

import com.moodbot.emotion.TestTimeViews;
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceScorer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import com.moodbot.data.LabeledFace;

/**
 * Knowledge distillation with a fixed teacher: each face's training target becomes
 * {@code (1 - w) * its own target + w * the teacher's probabilities}, the teacher scoring the face
 * once, before training, with ten crops (so a single-crop student learns the ten-crop answer).
 * Labels, sources and the real-photo mark are kept; a face repeated in the list (photos seen several
 * times per epoch) is scored once. {@code progress} hears of every face of {@code faces}.
 */
public final class TeacherTargets {

    private static final int CHUNK = 32;

    private TeacherTargets() {
    }

    public static List<LabeledFace> blend(FaceScorer teacher, List<LabeledFace> faces, float teacherWeight,
                                          IntConsumer progress) {
        if (teacherWeight < 0 || teacherWeight > 1) {
            throw new IllegalArgumentException("teacher weight must be within 0..1, got " + teacherWeight);
        }
        Map<LabeledFace, float[]> scored = score(teacher, faces, progress);
        List<LabeledFace> out = new ArrayList<>(faces.size());
        for (LabeledFace face : faces) {
            float[] own = face.targetOrOneHot();
            float[] taught = scored.get(face);
            float[] target = new float[Emotion.COUNT];
            for (int k = 0; k < target.length; k++) {
                target[k] = (1 - teacherWeight) * own[k] + teacherWeight * taught[k];
            }
            out.add(face.withTarget(target));
        }
        return out;
    }

    private static Map<LabeledFace, float[]> score(FaceScorer teacher, List<LabeledFace> faces, IntConsumer progress) {
        List<LabeledFace> distinct = LabeledFace.distinct(faces);
        Map<LabeledFace, float[]> scored = new IdentityHashMap<>();
        for (int start = 0; start < distinct.size(); start += CHUNK) {
            List<LabeledFace> chunk = distinct.subList(start, Math.min(distinct.size(), start + CHUNK));
            float[][] p = teacher.probabilities(chunk.stream().map(LabeledFace::pixels).toList(), TestTimeViews.TEN_CROP);
            if (p.length != chunk.size()) {
                throw new IllegalStateException("the teacher scored " + p.length + " of " + chunk.size() + " faces");
            }
            for (int i = 0; i < p.length; i++) {
                scored.put(chunk.get(i), p[i]);
            }
            progress.accept(chunk.size());
        }
        progress.accept(faces.size() - distinct.size());
        return scored;
    }
}
