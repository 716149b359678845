package com.moodbot.data;

import com.moodbot.emotion.Emotion;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes faces for a trainer outside this JVM (a teacher trained on a GPU machine): the magic
 * {@code MBF1}, a little-endian int count, then per distinct face its label ordinal, a real-photo
 * byte, its target as 7 little-endian floats and its 2,304 pixels. {@link #key} names a face by its
 * pixels, so scores computed elsewhere join back without any other id.
 */
public final class FaceExport {

    static final byte[] MAGIC = {'M', 'B', 'F', '1'};
    private static final int RECORD = 2 + Emotion.COUNT * Float.BYTES + LabeledFace.PIXELS;

    private FaceExport() {
    }

    /** Writes each distinct face of {@code faces} once (photos repeated per epoch appear once); returns how many. */
    public static int write(Path file, List<LabeledFace> faces) throws IOException {
        List<LabeledFace> distinct = LabeledFace.distinct(faces);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             DataOutputStream data = new DataOutputStream(out)) {
            data.write(MAGIC);
            data.writeInt(Integer.reverseBytes(distinct.size()));
            ByteBuffer record = ByteBuffer.allocate(RECORD).order(ByteOrder.LITTLE_ENDIAN);
            for (LabeledFace face : distinct) {
                record.clear();
                record.put((byte) face.label().ordinal()).put((byte) (face.realPhoto() ? 1 : 0));
                for (float t : face.targetOrOneHot()) {
                    record.putFloat(t);
                }
                record.put(face.pixels());
                data.write(record.array());
            }
        }
        return distinct.size();
    }

    /** The first 16 hex digits of the SHA-256 of a face's pixels. */
    public static String key(byte[] pixels) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(pixels);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
