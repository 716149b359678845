package com.moodbot.training;

import ai.djl.TrainingDivergedException;
import ai.djl.nn.Block;
import ai.djl.training.Trainer;
import ai.djl.training.listener.TrainingListenerAdapter;
import com.moodbot.emotion.ModelFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * After every epoch, saves the weights as {@link EmotionTrainer#LAST} with the optimizer's momentum
 * ({@link EmotionTrainer#LAST_OPTIMIZER}), what {@code --resume} continues from, and from
 * {@code --snapshot-from} on a snapshot per epoch. An epoch whose mean loss is not finite is not
 * saved: DJL's divergence check sees NaN only, and an infinite loss on an epoch's last batch would
 * otherwise overwrite the last good checkpoint.
 */
final class Checkpoints extends TrainingListenerAdapter {

    private final TrainingRun run;
    private final CheckpointedSgd optimizer;

    Checkpoints(TrainingRun run, CheckpointedSgd optimizer) {
        this.run = run;
        this.optimizer = optimizer;
    }

    @Override
    public void onEpoch(Trainer trainer) {
        int epoch = run.epoch();
        double loss = run.statistics().loss();
        if (!Double.isFinite(loss)) {
            throw new TrainingDivergedException("the mean training loss of epoch " + epoch + " is " + loss);
        }
        Block block = run.block();
        Path out = run.out();
        int snapshotFrom = run.options().snapshotFromEpoch();
        try {
            ModelFiles.saveParameters(block, out.resolve(EmotionTrainer.LAST));
            optimizer.save(block, out.resolve(EmotionTrainer.LAST_OPTIMIZER));
            if (snapshotFrom > 0 && epoch >= snapshotFrom) {
                ModelFiles.saveParameters(block, out.resolve(EmotionTrainer.snapshotName(epoch)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
