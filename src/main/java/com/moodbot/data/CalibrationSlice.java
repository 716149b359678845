package com.moodbot.data;

import com.moodbot.emotion.Emotion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A calibration slice carved out of a labelled training list: per class, the {@code share} of
 * photos whose file name hashes lowest (SHA-256 of seed and file name), so the slice is the same on
 * every machine and for every command (train leaves it out, calibrate fits on it) and does not
 * depend on the order of the CSV.
 */
public final class CalibrationSlice {

    /** The photos left for training and the slice held out of it. */
    public record Carved(List<PhotoLabels.Entry> training, List<PhotoLabels.Entry> slice) {
    }

    private CalibrationSlice() {
    }

    public static Carved carve(List<PhotoLabels.Entry> entries, double share, long seed) {
        if (share < 0 || share >= 1) {
            throw new IllegalArgumentException("--calibration-share must be in [0, 1), got " + share);
        }
        Map<Emotion, List<PhotoLabels.Entry>> byClass = new EnumMap<>(Emotion.class);
        entries.forEach(e -> byClass.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e));
        List<PhotoLabels.Entry> slice = new ArrayList<>();
        for (List<PhotoLabels.Entry> members : byClass.values()) {
            List<PhotoLabels.Entry> ranked = new ArrayList<>(members);
            ranked.sort(Comparator.comparing((PhotoLabels.Entry e) -> rank(e, seed)));
            slice.addAll(ranked.subList(0, (int) Math.round(share * ranked.size())));
        }
        Set<PhotoLabels.Entry> held = new HashSet<>(slice);
        List<PhotoLabels.Entry> training = entries.stream().filter(e -> !held.contains(e)).toList();
        List<PhotoLabels.Entry> inOrder = entries.stream().filter(held::contains).toList();
        return new Carved(training, inOrder);
    }

    private static String rank(PhotoLabels.Entry entry, long seed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((seed + "/" + entry.file().getFileName()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
