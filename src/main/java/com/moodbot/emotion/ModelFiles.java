package com.moodbot.emotion;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
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
import java.util.Properties;

/**
 * The on-disk form of a trained model: {@code emotion-vgg19bn.params} (DJL block parameters) beside
 * {@code emotion-model.properties} (the network spec needed to rebuild the block).
 */
public final class ModelFiles {

    public static final String PARAMS = "emotion-vgg19bn.params";
    public static final String SPEC = "emotion-model.properties";

    private ModelFiles() {
    }

    public static void writeSpec(Path dir, NetworkSpec spec) throws IOException {
        Files.createDirectories(dir);
        Properties p = new Properties();
        p.setProperty("architecture", "vgg19-bn");
        p.setProperty("width", Float.toString(spec.width()));
        p.setProperty("inputSize", Integer.toString(spec.inputSize()));
        p.setProperty("dropout", Float.toString(spec.dropout()));
        p.setProperty("labels", "angry,disgust,fear,happy,sad,surprise,neutral");
        p.setProperty("input", "48x48 grey face, histogram-equalised; centre or ten-crop to inputSize");
        try (Writer w = Files.newBufferedWriter(dir.resolve(SPEC))) {
            p.store(w, "moodbot emotion model");
        }
    }

    public static NetworkSpec readSpec(Path dir) throws IOException {
        Path file = dir.resolve(SPEC);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "model spec not found");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        try {
            return new NetworkSpec(Float.parseFloat(p.getProperty("width")),
                    Integer.parseInt(p.getProperty("inputSize")), Float.parseFloat(p.getProperty("dropout", "0.5")));
        } catch (RuntimeException e) {
            throw new IOException(file + ": invalid model spec: " + e.getMessage(), e);
        }
    }

    public static void saveParameters(Block block, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            block.saveParameters(out);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static void loadParameters(Block block, NDManager manager, Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            block.loadParameters(manager, in);
        } catch (MalformedModelException e) {
            throw new IOException(file + ": parameters do not match the network spec: " + e.getMessage(), e);
        }
    }
}
