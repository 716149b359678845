package com.moodbot.data;

import com.moodbot.emotion.Emotion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code labels.csv} for whole-photo evaluation: {@code file,label} with the label as a class name. */
public final class PhotoLabels {

    public record Entry(Path file, Emotion label, int line) {
    }

    private PhotoLabels() {
    }

    public static List<Entry> read(Path csv, Path photoDir) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new NoSuchFileException(csv.toString());
        }
        List<String> lines = Files.readAllLines(csv);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int lineNo = i + 1;
            if (line.isEmpty() || (lineNo == 1 && line.equalsIgnoreCase("file,label"))) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            if (comma <= 0) {
                throw new DatasetFormatException(csv + ":" + lineNo + ": expected file,label");
            }
            String file = line.substring(0, comma).strip();
            String label = line.substring(comma + 1).strip();
            Emotion emotion = Emotion.parse(label).orElseThrow(() -> new DatasetFormatException(csv + ":" + lineNo
                    + ": label '" + label + "' is not one of angry, disgust, fear, happy, sad, surprise, neutral"));
            entries.add(new Entry(photoDir.resolve(file), emotion, lineNo));
        }
        return entries;
    }
}
