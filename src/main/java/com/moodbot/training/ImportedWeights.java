package com.moodbot.training;

import ai.djl.Device;
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
import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.EmotionNetwork;
import com.moodbot.emotion.ModelFiles;
import com.moodbot.emotion.NetworkSpec;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Weights trained outside the JVM ({@code student.py}'s {@code .npz}: arrays {@code p000, p001, ...}, the
 * network's parameters in PyTorch's order, which is the block's own, then a probe input and the logits
 * PyTorch gave for it) written as the network's parameter file. The probe is run through the imported
 * network, so a file that does not line up with the network (another width, another order, another
 * batch-norm convention) is refused. Runs on the CPU, where float32 convolutions are exact enough to compare.
 */
public final class ImportedWeights {

    static final String PROBE_INPUT = "probe_input";
    static final String PROBE_LOGITS = "probe_logits";
    /** Largest difference from the probe's logits, relative to the largest of them (or to 1 if that is less). */
    static final float TOLERANCE = 1e-3f;

    private ImportedWeights() {
    }

    /** Reads {@code npz}, checks it against {@code spec}'s network and writes its parameters to {@code out}. */
    public static void write(NetworkSpec spec, Path npz, Path out) throws IOException {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            Block net = EmotionNetwork.vgg19bn(spec);
            net.initialize(manager, DataType.FLOAT32, spec.inputShape());
            Map<String, NDArray> arrays = read(manager, npz);
            NDArray probe = take(arrays, PROBE_INPUT, npz);
            NDArray expected = take(arrays, PROBE_LOGITS, npz);
            PairList<String, Parameter> params = net.getParameters();
            for (int i = 0; i < params.size(); i++) {
                NDArray target = params.valueAt(i).getArray();
                NDArray source = take(arrays, String.format(Locale.ROOT, "p%03d", i), npz);
                requireFloat32(npz, source, target.getShape(), "the network's " + params.keyAt(i) + " (width "
                        + spec.width() + ": give student.py's --width)");
                source.copyTo(target);
            }
            if (!arrays.isEmpty()) {
                throw new DatasetFormatException(npz + ": arrays the network (width " + spec.width() + ", "
                        + params.size() + " parameters) has no place for: " + arrays.keySet().stream().sorted().toList());
            }
            checkProbe(net, manager, spec, probe, expected, npz);
            Files.createDirectories(out.toAbsolutePath().getParent());
            ModelFiles.saveParameters(net, out);
        }
    }

    private static Map<String, NDArray> read(NDManager manager, Path npz) throws IOException {
        NDList list;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(npz))) {
            list = NDList.decode(manager, in);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new DatasetFormatException(npz + ": not an .npz file of numbers as student.py writes (" + e.getMessage() + ")");
        }
        Map<String, NDArray> byName = new HashMap<>();
        for (NDArray array : list) {
            if (array.getName() == null || byName.put(array.getName(), array) != null) {
                throw new DatasetFormatException(npz + ": every array needs its own name (p000..., " + PROBE_INPUT
                        + ", " + PROBE_LOGITS + "): write it with student.py");
            }
        }
        return byName;
    }

    private static NDArray take(Map<String, NDArray> arrays, String name, Path npz) {
        NDArray array = arrays.remove(name);
        if (array == null) {
            throw new DatasetFormatException(npz + ": no " + name + " array: write it with student.py");
        }
        return array;
    }

    private static void requireFloat32(Path npz, NDArray array, Shape shape, String what) {
        if (!array.getShape().equals(shape) || array.getDataType() != DataType.FLOAT32) {
            throw new DatasetFormatException(npz + ": array " + array.getName() + " is " + array.getDataType() + " "
                    + array.getShape() + ", " + what + " needs float32 " + shape);
        }
    }

    private static void checkProbe(Block net, NDManager manager, NetworkSpec spec, NDArray probe, NDArray expected,
                                   Path npz) {
        long n = probe.getShape().dimension() == 4 ? probe.getShape().get(0) : 0;
        requireFloat32(npz, probe, new Shape(Math.max(1, n), 1, spec.inputSize(), spec.inputSize()), "the probe");
        requireFloat32(npz, expected, new Shape(n, Emotion.COUNT), "the probe's logits");
        if (expected.isInfinite().logicalOr(expected.isNaN()).any().getBoolean()) {
            throw new DatasetFormatException(npz + ": the probe's logits are not all finite: the training diverged");
        }
        NDArray logits = net.forward(new ParameterStore(manager, false), new NDList(probe), false).singletonOrThrow();
        float scale = Math.max(1f, expected.abs().max().getFloat());
        float worst = logits.sub(expected).abs().max().getFloat();
        if (!(worst <= TOLERANCE * scale)) {
            throw new DatasetFormatException(String.format(Locale.ROOT, "%s: the imported network answers the probe %.4g "
                    + "away from PyTorch's logits (allowed %.2g): the weights do not line up with this network", npz,
                    worst, TOLERANCE * scale));
        }
    }
}
