package com.moodbot.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.PairList;
import com.moodbot.emotion.EmotionNetwork;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Averages the weights of several snapshots of one run (stochastic weight averaging over the
 * low-learning-rate tail of a schedule, Izmailov et al., 2018). Batch-norm running statistics are
 * averaged like every other parameter, which holds while the snapshots stay close to each other.
 */
public final class WeightAveraging {

    private WeightAveraging() {
    }

    /** Writes the mean of {@code snapshots} (parameter files of {@code spec}'s network) to {@code out}. */
    public static void average(NetworkSpec spec, List<Path> snapshots, Path out) throws IOException {
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException("nothing to average: no snapshots given");
        }
        Shape input = spec.inputShape();
        try (NDManager manager = NDManager.newBaseManager()) {
            Block mean = EmotionNetwork.vgg19bn(spec);
            mean.initialize(manager, DataType.FLOAT32, input);
            ModelFiles.loadParameters(mean, manager, snapshots.get(0));
            PairList<String, Parameter> sums = mean.getParameters();
            for (Path snapshot : snapshots.subList(1, snapshots.size())) {
                try (NDManager scratch = manager.newSubManager()) {
                    Block next = EmotionNetwork.vgg19bn(spec);
                    next.initialize(scratch, DataType.FLOAT32, input);
                    ModelFiles.loadParameters(next, scratch, snapshot);
                    PairList<String, Parameter> add = next.getParameters();
                    for (int i = 0; i < sums.size(); i++) {
                        sums.valueAt(i).getArray().addi(add.valueAt(i).getArray());
                    }
                }
            }
            for (Parameter p : sums.values()) {
                NDArray array = p.getArray();
                array.divi(snapshots.size());
            }
            ModelFiles.saveParameters(mean, out);
        }
    }
}
