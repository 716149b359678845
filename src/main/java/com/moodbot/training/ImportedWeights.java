package com.moodbot.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import com.moodbot.data.DatasetFormatException;
import com.moodbot.emotion.EmotionNetwork;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Weights trained outside the JVM ({@code student.py}'s {@code .npz}: the network's parameters in PyTorch's
 * order, which is the block's own, then a probe input and the logits PyTorch gave for it) written as the
 * network's parameter file. The probe is run through the imported network, so a file that does not line
 * up with the network (another width, another order, another batch-norm convention) is refused.
 */
public final class ImportedWeights {

    static final String PROBE_INPUT = "probe_input";
    static final String PROBE_LOGITS = "probe_logits";
    /** Largest difference from the probe's logits, relative to their largest magnitude (at least 1). */
    static final float TOLERANCE = 1e-3f;

    private ImportedWeights() {
    }

    /** Reads {@code npz}, checks it against {@code spec}'s network and writes its parameters to {@code out}. */
    public static void write(NetworkSpec spec, Path npz, Path out) throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block net = EmotionNetwork.vgg19bn(spec);
            net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, spec.inputSize(), spec.inputSize()));
            NDList arrays = read(manager, npz);
            NDArray probe = take(arrays, PROBE_INPUT, npz);
            NDArray expected = take(arrays, PROBE_LOGITS, npz);
            List<NDArray> weights = arrays.stream().sorted(Comparator.comparing(NDArray::getName)).toList();
            PairList<String, Parameter> params = net.getParameters();
            if (weights.size() != params.size()) {
                throw new DatasetFormatException(String.format(Locale.ROOT, "%s: %d weight arrays, the network (width %s) has %d "
                        + "parameters", npz, weights.size(), spec.width(), params.size()));
            }
            for (int i = 0; i < params.size(); i++) {
                NDArray target = params.valueAt(i).getArray();
                NDArray source = weights.get(i);
                if (!target.getShape().equals(source.getShape()) || source.getDataType() != DataType.FLOAT32) {
                    throw new DatasetFormatException(npz + ": array " + source.getName() + " is " + source.getDataType() + " "
                            + source.getShape() + ", the network's " + params.keyAt(i) + " needs float32 "
                            + target.getShape());
                }
                source.copyTo(target);
            }
            checkProbe(net, manager, probe, expected, npz);
            ModelFiles.saveParameters(net, out);
        }
    }

    private static NDList read(NDManager manager, Path npz) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(npz))) {
            return NDList.decode(manager, in);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new DatasetFormatException(npz + ": not a numpy .npz file (" + e.getMessage() + ")");
        }
    }

    private static NDArray take(NDList arrays, String name, Path npz) {
        for (int i = 0; i < arrays.size(); i++) {
            if (name.equals(arrays.get(i).getName())) {
                return arrays.remove(i);
            }
        }
        throw new DatasetFormatException(npz + ": no " + name + " array: write it with student.py");
    }

    private static void checkProbe(Block net, NDManager manager, NDArray probe, NDArray expected, Path npz) {
        NDArray logits = net.forward(new ParameterStore(manager, false), new NDList(probe), false).singletonOrThrow();
        float scale = Math.max(1f, expected.abs().max().getFloat());
        float worst = logits.sub(expected).abs().max().getFloat();
        if (!(worst <= TOLERANCE * scale)) {
            throw new DatasetFormatException(String.format(Locale.ROOT, "%s: the imported network answers the probe %.4g away "
                    + "from PyTorch's logits (allowed %.2g): the weights do not line up with this network", npz, worst,
                    TOLERANCE * scale));
        }
    }
}
