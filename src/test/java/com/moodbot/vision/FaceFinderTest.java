package com.moodbot.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.support.SharedData;
import com.moodbot.data.LabeledFace;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/** Needs FER2013 faces from ../shared to build its photos; skipped only when that file is absent. */
class FaceFinderTest {

    @BeforeAll
    static void needsFer() {
        Required.fer2013("for the faces");
    }

    private static FaceFinder finder(String detector) {
        if (detector.equals("yunet")) {
            Required.yunet("for the YuNet detector");
            return VisionConfig.defaults(SharedData.YUNET).newFaceFinder();
        }
        return VisionConfig.defaults(null).newFaceFinder();
    }

    /** The n-th PrivateTest face that both detectors find when it is scaled up alone on a canvas. */
    private static LabeledFace face(int n) {
        return Photos.detectableFaces().get(n);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cascade", "yunet"})
    void findsFacesLargestFirstAndIgnoresEmptyPhotos(String detector) throws Exception {
        try (FaceFinder finder = finder(detector)) {
            BufferedImage two = Photos.canvas(1280, 720, List.of(face(0), face(1)), new int[][] {{100, 150, 300}, {800, 200, 420}});
            FoundFaces found = finder.find(Photos.jpeg(two));
            assertTrue(found.faces().size() >= 2, detector + " found " + found.faces().size());
            FaceBox largest = found.faces().get(0).box();
            assertTrue(largest.x() > 700, "largest face first, got x=" + largest.x());
            assertEquals(48 * 48, found.faces().get(0).fer48().length);

            BufferedImage empty = Photos.canvas(640, 480, List.of(), new int[0][]);
            FoundFaces none = finder.find(Photos.jpeg(empty));
            assertEquals(0, none.faces().size());
            assertEquals(0, none.tooSmall());
        }
    }

    /**
     * Crops from pasted FER faces should reproduce the FER framing: on average they correlate far
     * better with the original than a crop framed 30% wider does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cascade", "yunet"})
    void croppedFacesMatchTheFerFraming(String detector) throws Exception {
        try (FaceFinder finder = finder(detector)) {
            double ours = 0;
            double wide = 0;
            List<LabeledFace> faces = Photos.detectableFaces();
            for (LabeledFace original : faces) {
                byte[] photo = Photos.jpeg(Photos.canvas(800, 600, List.of(original), new int[][] {{200, 100, 360}}));
                DetectedFace found = finder.find(photo).largest().orElseThrow();
                ours += correlation(original.pixels(), found.fer48());
                Mat grey = Imgcodecs.imdecode(new MatOfByte(photo),
                        Imgcodecs.IMREAD_GRAYSCALE);
                Framing f = finder.framing();
                wide += correlation(original.pixels(), FaceCropper.crop(grey, found.box(), new Framing(f.scale() * 1.3, f.shiftDown())));
                grey.release();
            }
            ours /= faces.size();
            wide /= faces.size();
            assertTrue(ours > 0.6, detector + " crops correlate " + ours + " on average with the FER faces");
            assertTrue(ours > wide + 0.15, detector + ": " + ours + " vs " + wide + " for a 30% wider crop");
        }
    }

    /** The cap is the finder's, whatever the detector: the cascade finds all 20 faces of this grid, YuNet 15. */
    @Test
    void aGridOfFacesIsReadAsItsLargestFaces() throws Exception {
        try (FaceFinder finder = finder("cascade")) {
            List<LabeledFace> faces = new ArrayList<>();
            List<int[]> places = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                faces.add(face(i % Photos.detectableFaces().size()));
                places.add(new int[] {20 + (i % 4) * 310, 20 + (i / 4) * 250, i == 19 ? 300 : 200});
            }
            FoundFaces found = finder.find(Photos.jpeg(Photos.canvas(1280, 1330, faces, places.toArray(int[][]::new))));
            assertEquals(FaceFinder.MOST_FACES, found.faces().size(), "at most 12 of 20 faces are cropped");
            FaceBox first = found.faces().get(0).box();
            assertTrue(first.x() > 900 && first.y() > 950, "the largest face, the last, is read first: " + first);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cascade", "yunet"})
    void aFaceTooSmallToReadIsCountedNotCropped(String detector) throws Exception {
        try (FaceFinder finder = finder(detector)) {
            int found = 0;
            for (LabeledFace face : Photos.detectableFaces()) {
                FoundFaces tiny = finder.find(Photos.jpeg(Photos.canvas(320, 240, List.of(face), new int[][] {{140, 100, 30}})));
                assertEquals(0, tiny.faces().size(), "a 30 px face is under the 40 px minimum");
                found += tiny.tooSmall();
            }
            // detectors find only some faces this small; those they find must be counted, never cropped
            assertTrue(found >= 1, detector + " reported no tiny face at all");
        }
    }

    static double correlation(byte[] a, byte[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] & 0xFF;
            mb += b[i] & 0xFF;
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            double da = (a[i] & 0xFF) - ma;
            double db = (b[i] & 0xFF) - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
