package com.moodbot.emotion;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The on-disk form of a trained model: {@code emotion-vgg19bn.params} (DJL block parameters) beside
 * {@code emotion-model.properties} (what is needed to rebuild the block, checked against this code on
 * load, and the {@link Calibration} fitted by {@code calibrate}).
 */
public final class ModelFiles {

    public static final String PARAMS = "emotion-vgg19bn.params";
    public static final String SPEC = "emotion-model.properties";
    public static final String ARCHITECTURE = "vgg19-bn";
    private static final String OFFSETS = "classOffsets";
    /** The label order of this code's {@link Emotion}, as written into every spec. */
    public static final String LABELS = Arrays.stream(Emotion.values()).map(Emotion::label)
            .collect(Collectors.joining(","));

    private ModelFiles() {
    }

    public static void writeSpec(Path dir, NetworkSpec spec) throws IOException {
        Properties p = new Properties();
        p.setProperty("architecture", ARCHITECTURE);
        p.setProperty("width", Float.toString(spec.width()));
        p.setProperty("inputSize", Integer.toString(spec.inputSize()));
        p.setProperty("dropout", Float.toString(spec.dropout()));
        p.setProperty("labels", LABELS);
        p.setProperty("input", "48x48 grey face, histogram-equalised; centre crop (or mirror, ten crops) to inputSize");
        store(dir, p);
    }

    public static NetworkSpec readSpec(Path dir) throws IOException {
        Properties p = load(dir);
        Path file = dir.resolve(SPEC);
        if (!ARCHITECTURE.equals(p.getProperty("architecture"))) {
            throw new IOException(file + ": architecture '" + p.getProperty("architecture") + "', this code builds "
                    + ARCHITECTURE);
        }
        if (!LABELS.equals(p.getProperty("labels"))) {
            throw new IOException(file + ": labels '" + p.getProperty("labels") + "' do not match this code's order "
                    + LABELS);
        }
        try {
            return new NetworkSpec(Float.parseFloat(p.getProperty("width")),
                    Integer.parseInt(p.getProperty("inputSize")), Float.parseFloat(p.getProperty("dropout", "0")));
        } catch (RuntimeException e) {
            throw new IOException(file + ": invalid model spec: " + e.getMessage(), e);
        }
    }

    /** The softmax temperature (1 when the model was never calibrated). */
    public static double readTemperature(Path dir) throws IOException {
        String value = load(dir).getProperty("temperature", "1");
        try {
            double t = Double.parseDouble(value);
            if (!(t > 0) || Double.isInfinite(t)) {
                throw new NumberFormatException();
            }
            return t;
        } catch (NumberFormatException e) {
            throw new IOException(dir.resolve(SPEC) + ": temperature '" + value + "' is not a positive number");
        }
    }

    public static void writeTemperature(Path dir, double temperature, String fittedOn) throws IOException {
        Properties p = load(dir);
        p.setProperty("temperature", String.format(Locale.ROOT, "%.4f", temperature));
        p.setProperty("temperatureFittedOn", fittedOn);
        store(dir, p);
    }

    /** The temperature and the per-class offsets (zero when none were fitted). */
    public static Calibration readCalibration(Path dir) throws IOException {
        double t = readTemperature(dir);
        String value = load(dir).getProperty(OFFSETS);
        if (value == null) {
            return Calibration.temperatureOnly(t);
        }
        try {
            return new Calibration(t, Arrays.stream(value.split(",")).map(String::trim)
                    .mapToDouble(Double::parseDouble).toArray());
        } catch (IllegalArgumentException e) {
            throw new IOException(dir.resolve(SPEC) + ": " + OFFSETS + " '" + value + "' is not " + Emotion.COUNT
                    + " numbers in the order " + LABELS);
        }
    }

    /** Writes the temperature and, when there are any, the offsets; {@code fittedOn} says on what. */
    public static void writeCalibration(Path dir, Calibration calibration, String fittedOn) throws IOException {
        writeTemperature(dir, calibration.temperature(), fittedOn);
        Properties p = load(dir);
        if (calibration.hasOffsets()) {
            p.setProperty(OFFSETS, Arrays.stream(calibration.offsets())
                    .mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).collect(Collectors.joining(",")));
            p.setProperty(OFFSETS + "FittedOn", fittedOn);
        } else {
            p.remove(OFFSETS);
            p.remove(OFFSETS + "FittedOn");
        }
        store(dir, p);
    }

    public static void saveParameters(Block block, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            block.saveParameters(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Loads a parameter file into {@code block}. Where the block is already initialised, every array
     * must keep its shape: DJL itself would take a file of another width without a word.
     */
    public static void loadParameters(Block block, NDManager manager, Path file) throws IOException {
        Map<String, Shape> expected = new HashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().isInitialized()) {
                expected.put(p.getKey(), p.getValue().getArray().getShape());
            }
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            block.loadParameters(manager, in);
        } catch (MalformedModelException e) {
            throw new IOException(file + ": parameters do not match the network spec: " + e.getMessage(), e);
        }
        for (Pair<String, Parameter> p : block.getParameters()) {
            Shape want = expected.get(p.getKey());
            Shape got = p.getValue().getArray().getShape();
            if (want != null && !want.equals(got)) {
                throw new IOException(file + ": parameters do not match the network spec: " + p.getKey() + " is "
                        + got + ", the network needs " + want);
            }
        }
    }

    private static Properties load(Path dir) throws IOException {
        Path file = dir.resolve(SPEC);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "model spec not found");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return p;
    }

    private static void store(Path dir, Properties p) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(SPEC + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, "moodbot emotion model");
        }
        Files.move(tmp, dir.resolve(SPEC), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
