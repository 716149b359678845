package com.moodbot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.moodbot.emotion.Emotion;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceExportTest {

    private static byte[] pixels(int first) {
        byte[] p = new byte[LabeledFace.PIXELS];
        Arrays.fill(p, (byte) 200);
        p[0] = (byte) first;
        return p;
    }

    @Test
    void writesEachDistinctFaceOnceWithLabelPhotoMarkTargetAndPixelsLittleEndian(@TempDir Path dir) throws Exception {
        float[] soft = {0, 0, 0.25f, 0, 0.75f, 0, 0};
        LabeledFace fer = new LabeledFace(pixels(1), Emotion.SAD, "fer", 7).withTarget(soft);
        LabeledFace photo = new LabeledFace(pixels(2), Emotion.DISGUST, "photo").asRealPhoto();
        Path file = dir.resolve("out/train.bin");

        int written = FaceExport.write(file, List.of(fer, photo, photo));

        assertEquals(2, written, "a photo repeated for the epoch is written once");
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[4];
        in.get(magic);
        assertArrayEquals(FaceExport.MAGIC, magic);
        assertEquals(2, in.getInt());
        assertEquals(Emotion.SAD.ordinal(), in.get());
        assertEquals(0, in.get());
        float[] target = new float[Emotion.COUNT];
        for (int k = 0; k < target.length; k++) {
            target[k] = in.getFloat();
        }
        assertArrayEquals(soft, target);
        byte[] face = new byte[LabeledFace.PIXELS];
        in.get(face);
        assertArrayEquals(fer.pixels(), face);
        assertEquals(Emotion.DISGUST.ordinal(), in.get());
        assertEquals(1, in.get(), "the real-photo mark");
        assertEquals(1f, in.getFloat(Emotion.DISGUST.ordinal() * Float.BYTES + in.position()), "one-hot on the label");
        assertEquals(4 + 4 + 2 * (2 + Emotion.COUNT * Float.BYTES + LabeledFace.PIXELS), in.capacity());
    }

    @Test
    void aKeyIsSixteenHexDigitsOfTheSha256OfThePixels() {
        byte[] zeros = new byte[LabeledFace.PIXELS];
        // sha256 of 2,304 zero bytes, as `python3 -c "import hashlib; print(hashlib.sha256(bytes(2304)).hexdigest()[:16])"`
        assertEquals("cfc335996cfae29f", FaceExport.key(zeros));
        assertNotEquals(FaceExport.key(pixels(1)), FaceExport.key(pixels(2)));
    }
}
