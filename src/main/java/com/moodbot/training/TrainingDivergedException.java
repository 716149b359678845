package com.moodbot.training;

/** The loss stopped being a finite number; the last checkpoint on disk is from before it happened. */
public final class TrainingDivergedException extends IllegalStateException {

    public TrainingDivergedException(int epoch, int step, float loss) {
        super("training loss became " + loss + " at epoch " + epoch + ", step " + step
                + "; the last checkpoint is from before it, resume from there with a lower --lr");
    }
}
