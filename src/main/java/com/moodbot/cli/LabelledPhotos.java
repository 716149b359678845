package com.moodbot.cli;

import com.moodbot.training.LabeledFace;
import com.moodbot.training.PhotoFaces;
import com.moodbot.training.PhotoLabels;
import com.moodbot.vision.FaceFinder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
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

    /** The faces found in the photos, with their labels; none when no --photos were given. */
    public List<LabeledFace> faces() throws IOException {
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
        return withFinder(yunet, finder -> PhotoFaces.crop(finder, entries).faces());
    }

    /** What is done with serve's face finder. */
    interface FinderWork<T> {
        T apply(FaceFinder finder) throws IOException;
    }

    /** Runs {@code work} with the face finder {@code serve} would build (YuNet when given, else the cascade). */
    static <T> T withFinder(Path yunet, FinderWork<T> work) throws IOException {
        Map<String, Object> vision = yunet == null ? Map.of() : Map.of("moodbot.vision.yunet-model", yunet.toString());
        try (ApplicationContext context = ApplicationContext.builder(Environment.CLI).properties(vision).start()) {
            return work.apply(context.getBean(FaceFinder.class));
        }
    }
}
