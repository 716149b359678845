package com.moodbot.cli;

import com.moodbot.data.DatasetFormatException;
import com.moodbot.data.FerCsvReader;
import com.moodbot.data.ImageFolderReader;
import com.moodbot.data.LabeledFace;
import com.moodbot.data.Split;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Labelled faces from either a FER2013 CSV or image folders, by split. */
record FaceData(List<LabeledFace> training, List<LabeledFace> validation, String validationName,
                List<LabeledFace> test) {

    static FaceData load(Path data, Path validationFolder) throws IOException {
        if (!Files.exists(data)) {
            throw new NoSuchFileException(data.toString());
        }
        if (Files.isDirectory(data)) {
            if (validationFolder == null) {
                throw new DatasetFormatException(data + ": an image-folder training set needs --validation DIR");
            }
            return new FaceData(ImageFolderReader.read(data), ImageFolderReader.read(validationFolder),
                    validationFolder.getFileName().toString(), List.of());
        }
        Map<Split, List<LabeledFace>> splits = FerCsvReader.read(data);
        return new FaceData(splits.get(Split.TRAINING), splits.get(Split.PUBLIC_TEST), Split.PUBLIC_TEST.csvName(),
                splits.get(Split.PRIVATE_TEST));
    }

    static List<LabeledFace> head(List<LabeledFace> faces, int limit) {
        return limit > 0 && limit < faces.size() ? faces.subList(0, limit) : faces;
    }
}
