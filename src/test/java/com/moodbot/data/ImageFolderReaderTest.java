package com.moodbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.moodbot.emotion.Emotion;
import com.moodbot.support.Photos;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderReaderTest {

    @TempDir
    Path dir;

    private static BufferedImage face(int seed) {
        BufferedImage img = new BufferedImage(96, 96, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                int v = (x * 3 + y * seed) % 256;
                img.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return img;
    }

    @Test
    void readsOneSubFolderPerClassInAnyCommonFormat() throws Exception {
        Files.createDirectories(dir.resolve("happy"));
        Files.createDirectories(dir.resolve("Sad"));
        Files.write(dir.resolve("happy/a.png"), Photos.encode(face(1), "png"));
        Files.write(dir.resolve("happy/b.jpg"), Photos.encode(face(2), "jpg"));
        Files.write(dir.resolve("Sad/c.bmp"), Photos.encode(face(3), "bmp"));
        Files.writeString(dir.resolve("happy/notes.txt"), "ignored");
        List<LabeledFace> faces = ImageFolderReader.read(dir);
        assertEquals(List.of(Emotion.SAD, Emotion.HAPPY, Emotion.HAPPY), faces.stream().map(LabeledFace::label).toList());
        assertEquals(48 * 48, faces.get(0).pixels().length);
        assertEquals(dir.resolve("happy/a.png").toString(), faces.get(1).source());
    }

    @Test
    void unknownClassFolderIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("bored"));
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> ImageFolderReader.read(dir));
        assertEquals(dir.resolve("bored") + ": folder name 'bored' is not one of angry, disgust, fear, happy, sad, surprise, "
                + "neutral", e.getMessage());
    }

    @Test
    void unreadableImageIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("fear"));
        Files.writeString(dir.resolve("fear/broken.jpg"), "not really a jpeg");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> ImageFolderReader.read(dir));
        assertEquals(dir.resolve("fear/broken.jpg") + ": not a readable image", e.getMessage());
    }

    @Test
    void emptyOrMissingFolderIsReported() throws Exception {
        assertEquals(dir + ": no class sub-folders (expected angry/, disgust/, ... neutral/)",
                assertThrows(DatasetFormatException.class, () -> ImageFolderReader.read(dir)).getMessage());
        assertEquals(dir.resolve("nope") + ": not a directory",
                assertThrows(DatasetFormatException.class, () -> ImageFolderReader.read(dir.resolve("nope"))).getMessage());
    }
}
