package com.moodbot.data;

import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.FoundFaces;
import com.moodbot.vision.ImageRejectedException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled whole photos turned into training faces by the serving pipeline itself (decode, detect,
 * frame, equalise), so a model learns from exactly the crops it will be shown. Photos where no face
 * is found are left out and counted.
 */
public final class PhotoFaces {

    public record Result(List<LabeledFace> faces, int withoutFace) {
    }

    private PhotoFaces() {
    }

    public static Result crop(FaceFinder finder, List<PhotoLabels.Entry> entries) throws IOException {
        List<LabeledFace> faces = new ArrayList<>(entries.size());
        int missed = 0;
        for (PhotoLabels.Entry entry : entries) {
            try {
                FoundFaces found = finder.find(Files.readAllBytes(entry.file()));
                if (found.faces().isEmpty()) {
                    missed++;
                } else {
                    faces.add(new LabeledFace(found.faces().get(0).fer48(), entry.label(), entry.file().toString())
                            .asRealPhoto());
                }
            } catch (ImageRejectedException e) {
                missed++;
            }
        }
        return new Result(faces, missed);
    }
}
