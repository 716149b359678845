package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Required;
import com.moodbot.support.SharedData;
import com.moodbot.evaluation.ConfusionMatrix;
import com.moodbot.evaluation.Evaluator;
import com.moodbot.data.FerCsvReader;
import com.moodbot.data.LabeledFace;
import com.moodbot.evaluation.Predictions;
import com.moodbot.data.Split;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards the model in {@code models/} as served (with its {@code members/}, if any): it loads with this
 * code's architecture and label order, every network in it is calibrated, and it still reaches the PrivateTest figure recorded in
 * {@code models/evaluation-privatetest.json} (the output of {@code evaluate --split PrivateTest --json}),
 * overall and for every class (so its class offsets cannot be lost unnoticed).
 */
class ShippedModelTest {

    private static final Path MODELS = Path.of("models");

    @Test
    void loadsWithThisCodesSpecAndIsCalibrated() throws Exception {
        List<Path> folders = new ArrayList<>(List.of(MODELS));
        folders.addAll(ServedModel.members(MODELS));
        for (Path folder : folders) {
            double t = ModelFiles.readTemperature(folder);
            assertTrue(t != 1.0 && t > 0.3 && t < 5, folder + ": temperature " + t + ": run calibrate on it");
        }
        try (ServedModel served = ServedModel.load(MODELS, 1)) {
            assertEquals(folders.size(), served.size());
            assertEquals(ModelFiles.readSpec(MODELS), served.primary().spec());
            float[][] p = served.probabilities(List.of(new byte[48 * 48]), TestTimeViews.CENTRE);
            assertEquals(Emotion.COUNT, p[0].length);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void reproducesItsRecordedPrivateTestAccuracyAndStaysCalibrated() throws Exception {
        Required.fer2013("to evaluate the shipped model on PrivateTest");
        Map<String, Object> recorded = JsonMapper.createDefault()
                .readValue(Files.readAllBytes(MODELS.resolve("evaluation-privatetest.json")), Map.class);
        double card = ((Number) recorded.get("accuracy")).doubleValue();
        List<LabeledFace> faces = FerCsvReader.read(SharedData.FER2013).get(Split.PRIVATE_TEST);
        Predictions predictions;
        try (ServedModel served = ServedModel.load(MODELS, 1)) {
            predictions = Evaluator.predict(served, faces, TestTimeViews.parse((String) recorded.get("views")), n -> { });
        }
        double accuracy = predictions.confusion().accuracy();
        assertTrue(accuracy >= card - 0.005, "PrivateTest " + accuracy + " against the card's " + card);
        List<Map<String, Object>> perClass = (List<Map<String, Object>>) recorded.get("perClass");
        // two points, or three faces of a small class: another CPU's kernels round differently, and a face near a tie may flip
        for (ConfusionMatrix.ClassScore score : predictions.confusion().perClass()) {
            double cardRecall = perClass.stream().filter(c -> score.emotion().equals(c.get("emotion"))).findFirst()
                    .map(c -> ((Number) c.get("recall")).doubleValue()).orElseThrow();
            assertTrue(score.recall() >= cardRecall - Math.max(0.02, 3.0 / score.support()), score.emotion() + " recall " + score.recall()
                    + " against the card's " + cardRecall);
        }
        double ece = predictions.reliability().expectedCalibrationError();
        assertTrue(ece <= 0.05, "PrivateTest expected calibration error " + ece);
    }
}
