package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.moodbot.bench.SyntheticFaces;
import com.moodbot.support.TestModels;
import com.moodbot.data.LabeledFace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {

    @TempDir
    Path dir;

    @Test
    void theClassifierShowsSoftmaxOfLogitsOverTemperaturePlusOffsets() throws Exception {
        Path model = TestModels.writeRandom(dir, 11);
        double[] offsets = {-0.6, 0.4, 0.2, 0.35, 0, 0.03, -0.38};
        Calibration calibration = new Calibration(1.7, offsets);
        List<byte[]> faces = SyntheticFaces.labelled(5, 3).stream().map(LabeledFace::pixels).toList();
        float[][] raw;
        float[][] calibrated;
        try (EmotionClassifier plain = EmotionClassifier.load(model, 1, Calibration.NONE);
             EmotionClassifier shifted = EmotionClassifier.load(model, 1, calibration)) {
            raw = plain.probabilities(faces, TestTimeViews.CENTRE);
            calibrated = shifted.probabilities(faces, TestTimeViews.CENTRE);
        }
        for (int i = 0; i < faces.size(); i++) {
            double[] expected = new double[Emotion.COUNT];
            double sum = 0;
            for (int k = 0; k < Emotion.COUNT; k++) {
                expected[k] = Math.exp(Math.log(raw[i][k]) / 1.7 + offsets[k]);
                sum += expected[k];
            }
            for (int k = 0; k < Emotion.COUNT; k++) {
                assertEquals(expected[k] / sum, calibrated[i][k], 1e-5, "face " + i + " class " + k);
            }
        }
    }

    @Test
    void aCalibrationNeedsAPositiveTemperatureAndOneFiniteOffsetPerClass() {
        assertThrows(IllegalArgumentException.class, () -> Calibration.temperatureOnly(0));
        assertThrows(IllegalArgumentException.class, () -> new Calibration(1, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new Calibration(1,
                new double[] {0, 0, 0, Double.NaN, 0, 0, 0}));
    }
}
