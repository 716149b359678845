package com.moodbot.training;

import ai.djl.training.Trainer;
import ai.djl.training.listener.TrainingListenerAdapter;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every epoch, adds the epoch to the history, rewrites {@link TrainingArtifacts#METRICS} and the
 * training curve (the state a resume reads back) and logs one line.
 */
final class MetricsWriter extends TrainingListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(EmotionTrainer.class);

    private final TrainingRun run;
    private final ValidationSelection selection;
    private final Tracker learningRate;
    private final List<EpochRecord> history;
    private TrainingState state;

    MetricsWriter(TrainingRun run, ValidationSelection selection, Tracker learningRate) {
        this.run = run;
        this.selection = selection;
        this.learningRate = learningRate;
        this.state = run.resumed();
        this.history = new ArrayList<>(state == null ? List.of() : state.history());
    }

    @Override
    public void onEpoch(Trainer trainer) {
        TrainOptions o = run.options();
        FaceBatches data = run.data();
        EpochStatistics statistics = run.statistics();
        int epoch = run.epoch();
        double seconds = (System.nanoTime() - data.epochStartNanos()) / 1e9;
        float lr = learningRate.getNewValue((epoch - run.startEpoch()) * data.steps());
        history.add(new EpochRecord(epoch, statistics.loss(), statistics.accuracy(), selection.score(), lr, seconds,
                data.size() / seconds, selection.scores()));
        state = new TrainingState(o.dataDescription(), o.spec().width(), o.spec().inputSize(), o.epochs(),
                o.batchSize(), o.learningRate(), o.seed(), epoch, selection.bestEpoch(), selection.best(),
                List.copyOf(history));
        try {
            run.artifacts().writeState(run.out(), state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info(String.format(Locale.ROOT,
                "epoch %d/%d  loss %.4f  train acc %s  %s  score %s  best %s (epoch %d)  lr %.5f  %.0fs  %.0f img/s",
                epoch, o.epochs(), statistics.loss(), pct(statistics.accuracy()), describe(selection.scores()),
                pct(selection.score()), pct(selection.best()), selection.bestEpoch(), lr, seconds,
                data.size() / seconds));
    }

    /** The state after the last finished epoch (the resumed one when none ran). */
    TrainingState state() {
        return state;
    }

    private static String describe(Map<String, Double> scores) {
        StringBuilder b = new StringBuilder();
        scores.forEach((name, acc) -> b.append(b.length() == 0 ? "" : "  ").append(name).append(' ').append(pct(acc)));
        return b.toString();
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }
}
