package com.moodbot.emotion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the service scores faces with: the model folder's network and, when the folder has a
 * {@value #MEMBERS} folder, every model folder in it, their calibrated probabilities averaged (an
 * ensemble). Each member keeps its own spec and calibration. Thread-safe, as its classifiers are.
 */
public final class ServedModel implements FaceScorer, AutoCloseable {

    public static final String MEMBERS = "members";

    private final EmotionClassifier primary;
    private final List<EmotionClassifier> all;
    private final FaceScorer scorer;

    private ServedModel(List<EmotionClassifier> all) {
        this.primary = all.get(0);
        this.all = List.copyOf(all);
        this.scorer = all.size() == 1 ? primary : new MeanScorer(all);
    }

    public static ServedModel load(Path dir, int poolSize) throws IOException {
        List<EmotionClassifier> loaded = new ArrayList<>();
        try {
            loaded.add(EmotionClassifier.load(dir, poolSize));
            for (Path member : members(dir)) {
                loaded.add(EmotionClassifier.load(member, poolSize));
            }
        } catch (IOException | RuntimeException e) {
            loaded.forEach(EmotionClassifier::close);
            throw e;
        }
        return new ServedModel(loaded);
    }

    /**
     * The model folders under {@code dir}/{@value #MEMBERS}, by name, leaving out hidden ones and archive
     * litter ({@code .ipynb_checkpoints}, {@code __MACOSX}); none when there is no such folder.
     */
    public static List<Path> members(Path dir) throws IOException {
        Path folder = dir.resolve(MEMBERS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().startsWith("__")).sorted().toList();
        }
    }

    /** The folder's own network: its spec, calibration and device describe the model. */
    public EmotionClassifier primary() {
        return primary;
    }

    public int size() {
        return all.size();
    }

    /** Every network averaged: the folder's own first, then its members. */
    public List<EmotionClassifier> networks() {
        return all;
    }

    @Override
    public float[][] probabilities(List<byte[]> faces, TestTimeViews views) {
        return scorer.probabilities(faces, views);
    }

    @Override
    public void close() {
        all.forEach(EmotionClassifier::close);
    }
}
