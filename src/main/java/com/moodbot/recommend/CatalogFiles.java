package com.moodbot.recommend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog files read once, each at most {@link YamlFile#MAX_BYTES} + 1 bytes: the same bytes
 * are fingerprinted (to see whether anything changed) and parsed, so an edit landing between the
 * two can never be half-seen.
 */
final class CatalogFiles {

    private final Map<String, byte[]> contents;

    private CatalogFiles(Map<String, byte[]> contents) {
        this.contents = contents;
    }

    static CatalogFiles read(Path dir) throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            readInto(contents, dir, category.fileName());
        }
        readInto(contents, dir, CatalogLoader.POLICY);
        return new CatalogFiles(contents);
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

    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            contents.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
