package com.moodbot.vision;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Image formats told apart by their magic bytes, never by a file name or content type. */
public enum ImageFormat {
    JPEG(true), PNG(true), GIF(true), BMP(true), WEBP(true), HEIC(false), AVIF(false), TIFF(false), SVG(false);

    private final boolean supported;

    ImageFormat(boolean supported) {
        this.supported = supported;
    }

    public boolean supported() {
        return supported;
    }

    public static Optional<ImageFormat> sniff(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G')) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (startsWith(b, 0, 'B', 'M')) {
            return Optional.of(BMP);
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(b, 0, 'I', 'I', 42, 0) || startsWith(b, 0, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        if (startsWith(b, 4, 'f', 't', 'y', 'p') && b.length >= 12) {
            String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
            return Optional.of(brand.startsWith("avi") ? AVIF : HEIC);
        }
        String head = new String(b, 0, Math.min(b.length, 256), StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) {
            return Optional.of(SVG);
        }
        return Optional.empty();
    }

    /** Whether {@code b} holds {@code magic} from {@code offset} on. */
    static boolean startsWith(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
