package com.moodbot.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A 60x40 picture, white with a black block at its top-left corner, stored the way each EXIF
     * orientation describes: decoded, the block must be back at the top-left, the picture 60 wide.
     */
    @Test
    void everyOrientationComesOutUpright() throws Exception {
        BufferedImage upright = new BufferedImage(60, 40, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                upright.setRGB(x, y, x < 20 && y < 16 ? 0x000000 : 0xffffff);
            }
        }
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage stored = stored(upright, orientation);
            Mat mat = decoder.decode(Photos.withOrientation(Photos.jpeg(stored), orientation));
            assertEquals(60, mat.cols(), "orientation " + orientation);
            assertEquals(40, mat.rows(), "orientation " + orientation);
            assertTrue(mat.get(4, 4)[0] < 60, "orientation " + orientation + ": the block is at the top-left");
            assertTrue(mat.get(35, 55)[0] > 200, "orientation " + orientation + ": the far corner is white");
            assertTrue(mat.get(4, 55)[0] > 200, "orientation " + orientation + ": not mirrored");
            mat.release();
        }
    }

    /** The stored pixels for an EXIF orientation: what the camera wrote before the tag undoes it. */
    private static BufferedImage stored(BufferedImage upright, int orientation) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] p = switch (orientation) {
                    case 2 -> new int[] {w - 1 - x, y};
                    case 3 -> new int[] {w - 1 - x, h - 1 - y};
                    case 4 -> new int[] {x, h - 1 - y};
                    case 5 -> new int[] {y, x};
                    case 6 -> new int[] {y, w - 1 - x};
                    case 7 -> new int[] {h - 1 - y, w - 1 - x};
                    case 8 -> new int[] {h - 1 - y, x};
                    default -> new int[] {x, y};
                };
                out.setRGB(p[0], p[1], upright.getRGB(x, y));
            }
        }
        return out;
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
