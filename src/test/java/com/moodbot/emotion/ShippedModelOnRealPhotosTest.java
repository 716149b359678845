package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.analysis.PhotoAnalyzer;
import com.moodbot.support.Required;
import com.moodbot.support.SharedData;
import com.moodbot.evaluation.ConfusionMatrix;
import com.moodbot.evaluation.PhotoEvaluation;
import com.moodbot.data.PhotoLabels;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped model, through the whole pipeline as serve runs it (YuNet from {@code models/}), on NHFI
 * {@code val}, a held-out set of real web face crops: it still reaches the figure recorded in
 * {@code models/evaluation-nhfi-val.json} (the output of {@code evaluate --photos ../shared/datasets/nhfi
 * --labels ../shared/datasets/nhfi/val.csv --json}) within half a point, and every class keeps its recall.
 */
class ShippedModelOnRealPhotosTest {

    private static final Path MODELS = Path.of("models");

    @Test
    @SuppressWarnings("unchecked")
    void reproducesItsRecordedNhfiValAccuracy() throws Exception {
        Required.sharedFile(SharedData.NHFI_VAL, "to evaluate the shipped model on NHFI val");
        Map<String, Object> recorded = JsonMapper.createDefault()
                .readValue(Files.readAllBytes(MODELS.resolve("evaluation-nhfi-val.json")), Map.class);
        double card = ((Number) recorded.get("accuracyWhereFound")).doubleValue();
        PhotoEvaluation.Report report;
        try (ApplicationContext context = ApplicationContext.builder(Environment.CLI)
                .properties(Map.of("moodbot.model.dir", MODELS.toString(), "moodbot.model.predictors", 1,
                        "moodbot.model.views", recorded.get("views"))).start()) {
            report = PhotoEvaluation.run(context.getBean(PhotoAnalyzer.class),
                    PhotoLabels.read(SharedData.NHFI_VAL, SharedData.NHFI), p -> false, n -> { });
        }
        assertTrue(report.accuracyWhereFound() >= card - 0.005,
                "NHFI val " + report.accuracyWhereFound() + " against the card's " + card);
        List<Map<String, Object>> perClass = (List<Map<String, Object>>) recorded.get("perClass");
        // three points, or four faces of a small class: another CPU's kernels round differently, and a face near a tie may flip
        for (ConfusionMatrix.ClassScore score : report.perClass()) {
            double cardRecall = perClass.stream().filter(c -> score.emotion().equals(c.get("emotion"))).findFirst()
                    .map(c -> ((Number) c.get("recall")).doubleValue()).orElseThrow();
            assertTrue(score.recall() >= cardRecall - Math.max(0.03, 4.0 / score.support()), score.emotion() + " recall " + score.recall()
                    + " against the card's " + cardRecall);
        }
    }
}
