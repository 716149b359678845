package com.moodbot.training;

import ai.djl.training.Trainer;
import ai.djl.training.listener.TrainingListenerAdapter;
import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.TestTimeViews;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.moodbot.evaluation.Evaluator;
import com.moodbot.evaluation.ConfusionMatrix;

/**
 * After every epoch, scores the network on each validation set (centre view) and keeps the best
 * epoch by the selection score, the mean accuracy over the sets: its weights become
 * {@link ModelFiles#PARAMS} and its confusion matrices are written beside them.
 */
final class ValidationSelection extends TrainingListenerAdapter {

    private final TrainingRun run;
    private final EmotionClassifier classifier;
    private final List<ValidationSet> sets;
    private Map<String, Double> scores = Map.of();
    private double score;
    private double best;
    private int bestEpoch;

    ValidationSelection(TrainingRun run, EmotionClassifier classifier, List<ValidationSet> sets) {
        this.run = run;
        this.classifier = classifier;
        this.sets = sets;
        this.best = run.resumed() == null ? -1 : run.resumed().bestValidationAccuracy();
        this.bestEpoch = run.resumed() == null ? 0 : run.resumed().bestEpoch();
    }

    @Override
    public void onEpoch(Trainer trainer) {
        Map<String, Double> byName = new LinkedHashMap<>();
        Map<String, ConfusionMatrix> matrices = new LinkedHashMap<>();
        for (ValidationSet set : sets) {
            ConfusionMatrix m = Evaluator.evaluate(classifier, set.faces(), TestTimeViews.CENTRE, n -> { });
            matrices.put(set.name(), m);
            byName.put(set.name(), m.accuracy());
        }
        scores = byName;
        score = byName.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        if (score > best) {
            best = score;
            bestEpoch = run.epoch();
            try {
                ModelFiles.saveParameters(run.block(), run.out().resolve(ModelFiles.PARAMS));
                for (Map.Entry<String, ConfusionMatrix> m : matrices.entrySet()) {
                    run.artifacts().writeConfusion(run.out(), m.getKey(), "best epoch " + bestEpoch, m.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Each set's accuracy after the last epoch, by name. */
    Map<String, Double> scores() {
        return scores;
    }

    /** The last epoch's selection score. */
    double score() {
        return score;
    }

    double best() {
        return best;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    static String describe(List<ValidationSet> sets) {
        return String.join(" + ", sets.stream().map(s -> s.name() + " (" + s.faces().size() + ")").toList());
    }
}
