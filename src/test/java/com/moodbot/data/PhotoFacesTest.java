package com.moodbot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.moodbot.emotion.Emotion;
import com.moodbot.vision.DetectedFace;
import com.moodbot.vision.FaceBox;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.FoundFaces;
import com.moodbot.vision.ImageRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoFacesTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheFirstFaceOfEachPhotoAsARealPhotoAndCountsThePhotosWithoutOne() throws Exception {
        for (String f : List.of("a.jpg", "b.jpg", "c.jpg")) {
            Files.write(dir.resolve(f), f.getBytes());
        }
        Files.writeString(dir.resolve("labels.csv"), "file,label\na.jpg,happy\nb.jpg,sad\nc.jpg,fear\n");
        byte[] crop = new byte[LabeledFace.PIXELS];
        Arrays.fill(crop, (byte) 200);
        FaceFinder finder = mock(FaceFinder.class);
        when(finder.find("a.jpg".getBytes())).thenReturn(new FoundFaces(640, 480,
                List.of(new DetectedFace(new FaceBox(10, 10, 100, 100, 1, Optional.empty()), crop)), 0));
        when(finder.find("b.jpg".getBytes())).thenReturn(new FoundFaces(640, 480, List.of(), 1));
        when(finder.find("c.jpg".getBytes())).thenThrow(
                new ImageRejectedException(ImageRejectedException.Reason.CORRUPT, "not a JPEG"));

        PhotoFaces.Result r = PhotoFaces.crop(finder, PhotoLabels.read(dir.resolve("labels.csv"), dir));
        assertEquals(2, r.withoutFace());
        assertEquals(1, r.faces().size());
        LabeledFace face = r.faces().get(0);
        assertEquals(Emotion.HAPPY, face.label());
        assertArrayEquals(crop, face.pixels());
        assertTrue(face.realPhoto(), "the photo schedule (--photo-weight-end) applies to it");
    }
}
