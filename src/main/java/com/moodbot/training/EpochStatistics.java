package com.moodbot.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.Trainer;
import ai.djl.training.listener.TrainingListenerAdapter;
import com.moodbot.emotion.Emotion;
import java.util.Arrays;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;

/**
 * Training loss (weighted by batch size, so the short last batch counts for what it holds) and
 * accuracy against the FER2013 labels over one epoch, with a progress bar on stderr.
 */
final class EpochStatistics extends TrainingListenerAdapter {

    private final FaceBatches data;
    private final int epochs;
    private ProgressBar bar;
    private double lossSum;
    private int correct;
    private int seen;
    private double loss;
    private double accuracy;

    EpochStatistics(FaceBatches data, int epochs) {
        this.data = data;
        this.epochs = epochs;
    }

    @Override
    public void onTrainingBatch(Trainer trainer, BatchData batchData) {
        if (bar == null) {
            bar = Progress.bar("epoch " + (data.epoch() + 1) + "/" + epochs, data.steps());
        }
        for (var device : batchData.getLabels().keySet()) {
            NDList labels = batchData.getLabels().get(device);
            NDArray logits = batchData.getPredictions().get(device).singletonOrThrow();
            int n = (int) logits.getShape().get(0);
            lossSum += trainer.getLoss().evaluate(labels, new NDList(logits)).getFloat() * n;
            correct += countCorrect(logits.toFloatArray(), labels.get(2).toIntArray());
            seen += n;
        }
        bar.step();
        bar.setExtraMessage(String.format(Locale.ROOT, " loss %.3f", lossSum / seen));
    }

    @Override
    public void onEpoch(Trainer trainer) {
        loss = lossSum / seen;
        accuracy = correct / (double) seen;
        closeBar();
        lossSum = 0;
        correct = 0;
        seen = 0;
    }

    @Override
    public void onTrainingEnd(Trainer trainer) {
        closeBar();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** The last finished epoch's mean training loss. */
    double loss() {
        return loss;
    }

    double accuracy() {
        return accuracy;
    }

    private static int countCorrect(float[] logits, int[] labels) {
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            float[] row = Arrays.copyOfRange(logits, i * Emotion.COUNT, (i + 1) * Emotion.COUNT);
            if (Emotion.mostLikely(row).ordinal() == labels[i]) {
                right++;
            }
        }
        return right;
    }
}
