package com.moodbot.data;

import com.moodbot.emotion.Emotion;
import com.moodbot.vision.FaceNormaliser;
import com.moodbot.vision.OpenCv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Reads labelled face crops from {@code DIR/<emotion>/*.jpg|png|...}, one sub-folder per class named
 * as the emotion (angry, disgust, ...). Each face becomes a 48x48 equalised grey crop.
 */
public final class ImageFolderReader {

    static final Set<String> IMAGE_SUFFIXES = Set.of("jpg", "jpeg", "png", "bmp", "webp", "tif", "tiff", "pgm");

    private ImageFolderReader() {
    }

    public static List<LabeledFace> read(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new DatasetFormatException(root + ": not a directory");
        }
        OpenCv.load();
        List<LabeledFace> faces = new ArrayList<>();
        List<Path> classDirs;
        try (Stream<Path> s = Files.list(root)) {
            classDirs = s.filter(Files::isDirectory).sorted().toList();
        }
        if (classDirs.isEmpty()) {
            throw new DatasetFormatException(root + ": no class sub-folders (expected angry/, disgust/, ... neutral/)");
        }
        for (Path dir : classDirs) {
            String name = dir.getFileName().toString();
            Emotion label = Emotion.parse(name).orElseThrow(() -> new DatasetFormatException(
                    dir + ": folder name '" + name + "' is not one of angry, disgust, fear, happy, sad, surprise, neutral"));
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(Files::isRegularFile).filter(ImageFolderReader::isImage).sorted().toList();
            }
            for (Path file : files) {
                faces.add(new LabeledFace(readFace(file), label, file.toString()));
            }
        }
        return faces;
    }

    /** By file suffix: jpg, jpeg, png, bmp, webp, tif, tiff, pgm. */
    public static boolean isImage(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && IMAGE_SUFFIXES.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static byte[] readFace(Path file) {
        Mat grey = Imgcodecs.imread(file.toString(), Imgcodecs.IMREAD_GRAYSCALE);
        try {
            if (grey.empty()) {
                throw new DatasetFormatException(file + ": not a readable image");
            }
            return FaceNormaliser.toFer48(grey);
        } finally {
            grey.release();
        }
    }
}
