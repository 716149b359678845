package com.moodbot.bench;

import com.moodbot.data.FerCsvReader;
import com.moodbot.data.LabeledFace;
import com.moodbot.data.Split;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.ImageRejectedException;
import java.awt.Color;
import java.awt.GradientPaint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Benchmark photos: a FER2013 PrivateTest face scaled up onto a gradient canvas, as a JPEG. */
final class BenchPhotos {

    private BenchPhotos() {
    }

    /** The first PrivateTest face that every given finder detects at this size. */
    static byte[] withDetectableFace(Path data, int width, int height, FaceFinder... finders) throws IOException {
        int side = Math.min(width, height) * 5 / 9;
        for (LabeledFace face : FerCsvReader.read(data).get(Split.PRIVATE_TEST)) {
            byte[] jpeg = jpeg(face, width, height, side);
            if (detectedByAll(jpeg, finders)) {
                return jpeg;
            }
        }
        throw new IllegalStateException("no FER2013 face was detected at " + width + "x" + height);
    }

    private static boolean detectedByAll(byte[] jpeg, FaceFinder... finders) {
        for (FaceFinder finder : finders) {
            try {
                if (finder.find(jpeg).faces().size() != 1) {
                    return false;
                }
            } catch (ImageRejectedException e) {
                return false;
            }
        }
        return true;
    }

    static byte[] jpeg(LabeledFace face, int width, int height, int side) {
        GradientPaint background = new GradientPaint(0, 0, new Color(90, 120, 160), width, height, new Color(230, 210, 190));
        return FacePhotos.jpeg(FacePhotos.canvas(width, height, background, List.of(face),
                new int[][] {{(width - side) / 2, (height - side) / 2, side}}));
    }
}
