package com.moodbot.support;

import com.moodbot.bench.FacePhotos;
import com.moodbot.data.FerCsvReader;
import com.moodbot.data.LabeledFace;
import com.moodbot.data.Split;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.ImageRejectedException;
import com.moodbot.vision.VisionConfig;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test photos built at test time: FER2013 faces scaled up and pasted into larger canvases. */
public final class Photos {

    private static List<LabeledFace> faces;

    private Photos() {
    }

    /** PrivateTest faces from ../shared (call only when {@link SharedData#ferPresent()}). */
    public static synchronized List<LabeledFace> ferFaces() {
        if (faces == null) {
            try {
                faces = FerCsvReader.read(SharedData.FER2013).get(Split.PRIVATE_TEST).subList(0, 200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return faces;
    }

    private static List<LabeledFace> detectable;

    /**
     * FER2013 faces are tight crops, and a detector does not find every one of them once pasted on a
     * canvas; tests that need a face to be found use those that the cascade and (when present) YuNet
     * both find alone at 300 px, on 640x480 and on 1280x720 canvases. The choice is deterministic.
     */
    public static synchronized List<LabeledFace> detectableFaces() {
        if (detectable == null) {
            List<FaceFinder> finders = new ArrayList<>();
            finders.add(VisionConfig.defaults(null).newFaceFinder());
            if (SharedData.yunetPresent()) {
                finders.add(VisionConfig.defaults(SharedData.YUNET).newFaceFinder());
            }
            detectable = ferFaces().stream().filter(f -> finders.stream().allMatch(finder -> {
                try {
                    return finder.find(jpeg(canvas(640, 480, List.of(f), new int[][] {{170, 90, 300}}))).faces().size() == 1
                            && finder.find(jpeg(canvas(1280, 720, List.of(f), new int[][] {{100, 150, 300}}))).faces().size() == 1;
                } catch (ImageRejectedException e) {
                    return false;
                }
            })).limit(12).toList();
            finders.forEach(FaceFinder::close);
        }
        return detectable;
    }

    /** A group photo: 1280x720 with the first three detectable faces side by side, 300 px each. */
    public static byte[] threeFaces() {
        return jpeg(canvas(1280, 720, detectableFaces().subList(0, 3),
                new int[][] {{40, 200, 300}, {490, 200, 300}, {940, 200, 300}}));
    }

    /** A plain canvas with each face drawn at (x, y) with the given side. */
    public static BufferedImage canvas(int width, int height, List<LabeledFace> placed, int[][] xySide) {
        return FacePhotos.canvas(width, height, FacePhotos.PLAIN, placed, xySide);
    }

    public static byte[] encode(BufferedImage img, String format) {
        return FacePhotos.encode(img, format);
    }

    public static byte[] jpeg(BufferedImage img) {
        return FacePhotos.jpeg(img);
    }

    /** Inserts an APP1 Exif segment with the given orientation right after the JPEG's SOI marker. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8,
            0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
