package com.moodbot.cli;

import com.moodbot.data.LabeledFace;
import com.moodbot.data.PhotoFaces;
import com.moodbot.data.PhotoLabels;
import com.moodbot.vision.FaceFinder;
import jakarta.inject.Provider;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Labelled whole photos, cut to faces by serve's face finder (a picocli mixin). */
public final class LabelledPhotos {

    @Option(names = "--photos", description = "folder of labelled real photos (repeatable, each with its --labels)")
    List<Path> photos = new ArrayList<>();

    @Option(names = "--labels", description = "CSV of file,label for the --photos at the same position")
    List<Path> labels = new ArrayList<>();

    @Mixin
    CalibrationSliceOptions slice = new CalibrationSliceOptions();

    @Option(names = "--yunet", description = "YuNet ONNX model for --photos (default: the one in the model folder, else OpenCV's Haar cascade)")
    Path yunet;

    /** The face finder's configuration: {@code --yunet}, when given. */
    Map<String, Object> properties() {
        return visionProperties(yunet);
    }

    /** {@code moodbot.vision.yunet-model} when {@code yunet} is given, else nothing (the model folder's, else the cascade). */
    static Map<String, Object> visionProperties(Path yunet) {
        return yunet == null ? Map.of() : Map.of("moodbot.vision.yunet-model", yunet.toString());
    }

    /** The faces {@code finder} finds in the photos, with their labels; none when no --photos were given. */
    public List<LabeledFace> faces(Provider<FaceFinder> finder) throws IOException {
        if (photos.size() != labels.size()) {
            throw new IllegalArgumentException("each --photos needs its --labels labels.csv (file,label)");
        }
        List<PhotoLabels.Entry> entries = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            List<PhotoLabels.Entry> all = PhotoLabels.read(labels.get(i), photos.get(i));
            entries.addAll(slice.select(all));
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        return PhotoFaces.crop(finder.get(), entries).faces();
    }
}
