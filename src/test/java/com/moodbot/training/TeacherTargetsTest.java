package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.FaceScorer;
import com.moodbot.emotion.TestTimeViews;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import com.moodbot.data.LabeledFace;

class TeacherTargetsTest {

    /** A teacher that puts all its belief on the class named by the face's first pixel, and counts what it scored. */
    private static final class PixelTeacher implements FaceScorer {
        final List<byte[]> seen = new ArrayList<>();
        final List<TestTimeViews> views = new ArrayList<>();

        @Override
        public float[][] probabilities(List<byte[]> faces, TestTimeViews asked) {
            seen.addAll(faces);
            views.add(asked);
            float[][] p = new float[faces.size()][Emotion.COUNT];
            for (int i = 0; i < p.length; i++) {
                p[i][faces.get(i)[0]] = 1f;
            }
            return p;
        }
    }

    private static LabeledFace face(Emotion label, Emotion teacherSays) {
        byte[] pixels = new byte[LabeledFace.PIXELS];
        pixels[0] = (byte) teacherSays.ordinal();
        return new LabeledFace(pixels, label, "test");
    }

    @Test
    void blendsTheOwnTargetWithTheTeachersTenCropProbabilities() {
        float[] ferPlus = {0, 0, 0.5f, 0, 0.5f, 0, 0};
        LabeledFace soft = face(Emotion.FEAR, Emotion.HAPPY).withTarget(ferPlus);
        LabeledFace photo = face(Emotion.ANGRY, Emotion.ANGRY).asRealPhoto();
        PixelTeacher teacher = new PixelTeacher();

        List<LabeledFace> out = TeacherTargets.blend(teacher, List.of(soft, photo), 0.25f, n -> { });

        assertArrayEquals(new float[] {0, 0, 0.375f, 0.25f, 0.375f, 0, 0}, out.get(0).targetOrOneHot(), 1e-6f);
        assertArrayEquals(new float[] {1, 0, 0, 0, 0, 0, 0}, out.get(1).targetOrOneHot(), 1e-6f);
        assertEquals(Emotion.FEAR, out.get(0).label(), "the label (for class weights and accuracy) is kept");
        assertTrue(out.get(1).realPhoto(), "a real photo stays marked for its loss-weight schedule");
        assertEquals(List.of(TestTimeViews.TEN_CROP), teacher.views);
    }

    @Test
    void aFaceRepeatedInTheListIsScoredOnceAndProgressCountsEveryFace() {
        LabeledFace photo = face(Emotion.SAD, Emotion.NEUTRAL).asRealPhoto();
        List<LabeledFace> faces = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            faces.add(face(Emotion.HAPPY, Emotion.SURPRISE));
        }
        faces.addAll(List.of(photo, photo, photo));
        PixelTeacher teacher = new PixelTeacher();
        AtomicInteger progress = new AtomicInteger();

        List<LabeledFace> out = TeacherTargets.blend(teacher, faces, 1f, progress::addAndGet);

        assertEquals(301, teacher.seen.size(), "300 distinct faces and one photo seen three times");
        assertEquals(10, teacher.views.size(), "scored in chunks of 32 faces, not in one batch of every face");
        assertEquals(303, progress.get());
        assertEquals(303, out.size());
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0, 1}, out.get(302).targetOrOneHot(), 1e-6f);
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 1, 0}, out.get(0).targetOrOneHot(), 1e-6f);
    }

    @Test
    void weightZeroKeepsTheTargetsAndOutOfRangeWeightsAreRefused() {
        LabeledFace f = face(Emotion.DISGUST, Emotion.HAPPY);
        List<LabeledFace> out = TeacherTargets.blend(new PixelTeacher(), List.of(f), 0f, n -> { });
        assertArrayEquals(f.targetOrOneHot(), out.get(0).targetOrOneHot(), 0f);
        assertThrows(IllegalArgumentException.class, () -> TeacherTargets.blend(new PixelTeacher(), List.of(f), 1.5f, n -> { }));
    }
}
