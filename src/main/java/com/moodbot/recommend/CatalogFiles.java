package com.moodbot.recommend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalog files read once, each at most {@link YamlFile#MAX_BYTES} + 1 bytes: the same bytes
 * are fingerprinted (to see whether anything changed) and parsed, so an edit landing between the
 * two can never be half-seen. Validation also reads the pictures in {@code images/}, so the
 * fingerprint covers them too, by name, size, modification time and file key (reading every
 * picture's bytes every poll would cost up to 8 MiB each): a picture that arrives, goes, or is
 * replaced makes the catalog be checked again.
 */
final class CatalogFiles {

    private final Map<String, byte[]> contents;
    private final List<String> pictures;

    private CatalogFiles(Map<String, byte[]> contents, List<String> pictures) {
        this.contents = contents;
        this.pictures = pictures;
    }

    static CatalogFiles read(Path dir) throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String file : CatalogLoader.fileNames()) {
            readInto(contents, dir, file);
        }
        return new CatalogFiles(contents, pictures(dir.resolve(LocalImages.FOLDER)));
    }

    /** Contents a caller has read (file name to bytes; a name not there is a missing file), to parse only. */
    static CatalogFiles of(Map<String, byte[]> contents) {
        return new CatalogFiles(new LinkedHashMap<>(contents), List.of());
    }

    /** One line per entry of {@code images/}, sorted: name, size, modification time and file key. */
    private static List<String> pictures(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                try {
                    BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class);
                    lines.add(entry.getFileName() + "|" + a.size() + "|" + a.lastModifiedTime().toInstant() + "|"
                            + a.fileKey());
                } catch (NoSuchFileException gone) {
                    // removed while listing: the next poll sees the folder without it
                }
            }
        }
        Collections.sort(lines);
        return lines;
    }

    private static void readInto(Map<String, byte[]> contents, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                contents.put(name, in.readNBytes(YamlFile.MAX_BYTES + 1));
            }
        }
    }

    /** The file's bytes (cut after the cap, which the parser then reports), or empty when it is missing. */
    Optional<byte[]> get(String name) {
        return Optional.ofNullable(contents.get(name));
    }

    /** What differs from {@code earlier}: the catalog files by name, and {@code images/} for any picture. */
    List<String> changedSince(CatalogFiles earlier) {
        Set<String> names = new TreeSet<>(contents.keySet());
        names.addAll(earlier.contents.keySet());
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (!Arrays.equals(contents.get(name), earlier.contents.get(name))) {
                changed.add(name);
            }
        }
        if (!pictures.equals(earlier.pictures)) {
            changed.add(LocalImages.FOLDER + "/");
        }
        return changed;
    }

    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            contents.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            pictures.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
