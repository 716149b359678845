package com.moodbot.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.SharedData;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;


/** Phone selfies are often stored sideways with an EXIF orientation tag; decoding must undo that. */
class ExifOrientationTest {

    /** The stored pixels of a picture that must be turned 90 degrees clockwise to be seen upright. */
    static BufferedImage storedSideways(BufferedImage upright) {
        BufferedImage stored = new BufferedImage(upright.getHeight(), upright.getWidth(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < upright.getHeight(); y++) {
            for (int x = 0; x < upright.getWidth(); x++) {
                stored.setRGB(y, upright.getWidth() - 1 - x, upright.getRGB(x, y));
            }
        }
        return stored;
    }

    @Test
    void orientationSixIsTurnedUpright() throws Exception {
        BufferedImage upright = new BufferedImage(300, 100, BufferedImage.TYPE_3BYTE_BGR);
        byte[] jpeg = Photos.withOrientation(Photos.jpeg(storedSideways(upright)), 6);
        Mat mat = new ImageDecoder(ImageLimits.DEFAULT).decode(jpeg);
        assertEquals(300, mat.cols());
        assertEquals(100, mat.rows());
        mat.release();
    }

    @Test
    void sidewaysSelfieWithExifStillHasItsFaceFound() throws Exception {
        Required.fer2013("for the fixture photo");
        BufferedImage upright = Photos.canvas(640, 480, List.of(Photos.detectableFaces().get(0)), new int[][] {{170, 90, 300}});
        byte[] sideways = Photos.jpeg(storedSideways(upright));
        try (FaceFinder finder = VisionConfig.defaults(null).newFaceFinder()) {
            FoundFaces found = finder.find(Photos.withOrientation(sideways, 6));
            assertEquals(640, found.imageWidth());
            assertEquals(1, found.faces().size());
        }
    }
}
