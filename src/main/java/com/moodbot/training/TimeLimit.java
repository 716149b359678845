package com.moodbot.training;

import ai.djl.training.Trainer;
import ai.djl.training.listener.TrainingListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --max-minutes}: after an epoch, when another one (at the mean pace so far) would pass the
 * limit, ends the run with {@link Reached}, which {@link EmotionTrainer} treats as a normal stop; the
 * checkpoint just written is where {@code --resume} continues. {@code EasyTrain.fit} has no other way
 * out of its epoch loop. Listed after the listeners that write the epoch's files.
 */
final class TimeLimit extends TrainingListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(EmotionTrainer.class);

    /** The run stopped early, its last epoch saved. */
    static final class Reached extends RuntimeException {
        Reached(String message) {
            super(message, null, false, false);
        }
    }

    private final double maxMinutes;
    private final int epochsToRun;
    private final FaceBatches data;
    private long startNanos = System.nanoTime();
    private int epochsRun;

    TimeLimit(double maxMinutes, int epochsToRun, FaceBatches data) {
        this.maxMinutes = maxMinutes;
        this.epochsToRun = epochsToRun;
        this.data = data;
    }

    @Override
    public void onTrainingBegin(Trainer trainer) {
        startNanos = System.nanoTime();
    }

    @Override
    public void onEpoch(Trainer trainer) {
        epochsRun++;
        if (maxMinutes <= 0 || epochsRun >= epochsToRun) {
            return;
        }
        double elapsed = (System.nanoTime() - startNanos) / 60e9;
        if (elapsed + elapsed / epochsRun > maxMinutes) {
            String message = "Stopping after epoch " + (data.epoch() + 1) + ": another epoch would pass --max-minutes "
                    + maxMinutes + "; resume with --resume";
            LOG.info(message);
            throw new Reached(message);
        }
    }
}
