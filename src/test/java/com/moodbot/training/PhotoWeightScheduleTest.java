package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.emotion.Emotion;
import com.moodbot.support.TestModels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.moodbot.data.LabeledFace;

/** Real-photo faces weigh 1 in the first epoch and {@code --photo-weight-end} in the last; FER2013 faces never change. */
class PhotoWeightScheduleTest {

    private static TrainOptions options(int epochs, float end) {
        return TrainOptions.builder(Path.of("unused"), TestModels.TINY).epochs(epochs).photoWeightEnd(end).build();
    }

    private static final LabeledFace FER = new LabeledFace(new byte[LabeledFace.PIXELS], Emotion.SAD, "fer2013.csv.gz:1");
    private static final LabeledFace PHOTO = new LabeledFace(new byte[LabeledFace.PIXELS], Emotion.SAD, "expw/1.jpg")
            .asRealPhoto();

    @Test
    void fallsLinearlyFromOneToTheEndWeightAndStaysThere() {
        TrainOptions o = options(5, 0.25f);
        float[] expected = {1f, 0.8125f, 0.625f, 0.4375f, 0.25f};
        for (int epoch = 0; epoch < 5; epoch++) {
            assertEquals(expected[epoch], o.photoWeight(epoch), 1e-6f, "epoch " + epoch);
        }
        assertEquals(0.25f, o.photoWeight(7), 1e-6f, "an epoch past the schedule keeps the last weight");
        assertEquals(1f, options(1, 0.25f).photoWeight(0), "a one-epoch run has only its first epoch");
    }

    @Test
    void theDefaultKeepsEveryWeightAtOne() {
        TrainOptions o = options(50, 1f);
        for (int epoch = 0; epoch < 50; epoch++) {
            assertEquals(1f, o.photoWeight(epoch));
        }
        assertThrows(IllegalArgumentException.class, () -> options(5, -0.1f));
    }

    @Test
    void onlyRealPhotoFacesFollowTheScheduleOnTopOfTheirClassWeight() {
        float[] classWeights = {1f, 2f, 1f, 1f, 0.5f, 1f, 1f};
        FaceBatches runner = new FaceBatches(List.of(), classWeights, options(3, 0f), 0);
        assertTrue(PHOTO.realPhoto());
        assertFalse(FER.realPhoto());
        assertTrue(PHOTO.withTarget(new float[Emotion.COUNT]).realPhoto(), "FER+ softening keeps the origin");
        assertEquals(0.5f, runner.weight(FER, 0));
        assertEquals(0.5f, runner.weight(FER, 2));
        assertEquals(0.5f, runner.weight(PHOTO, 0));
        assertEquals(0.25f, runner.weight(PHOTO, 1), 1e-6f);
        assertEquals(0f, runner.weight(PHOTO, 2));
    }
}
