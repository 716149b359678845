package com.moodbot.vision;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.support.Photos;
import com.moodbot.support.Required;
import com.moodbot.data.LabeledFace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YuNet from the model folder by default; the Haar cascade only when that file is missing or broken. */
class DetectorChoiceTest {

    private static final Path SHIPPED_MODELS = Path.of("models");

    @Test
    void theShippedModelFolderHoldsYuNetAndItIsChosen() throws Exception {
        try (FaceDetector detector = DetectorChoice.choose(SHIPPED_MODELS.resolve(VisionConfig.YUNET_FILE))) {
            assertInstanceOf(YuNetFaceDetector.class, detector);
        }
    }

    @Test
    void aMissingOrBrokenFileFallsBackToTheCascade(@TempDir Path dir) throws Exception {
        try (FaceDetector detector = DetectorChoice.choose(dir.resolve(VisionConfig.YUNET_FILE))) {
            assertInstanceOf(CascadeFaceDetector.class, detector);
        }
        Path broken = Files.write(dir.resolve("broken.onnx"), new byte[] {1, 2, 3, 4});
        try (FaceDetector detector = DetectorChoice.choose(broken)) {
            assertInstanceOf(CascadeFaceDetector.class, detector);
        }
    }

    /** Close selfies: a face that fills the whole photo, as in NHFI's crops. */
    @Test
    void theDefaultFinderFindsFacesThatFillTheFrame() throws Exception {
        Required.fer2013("for the faces");
        List<LabeledFace> faces = Photos.ferFaces().subList(0, 40);
        int found = 0;
        try (FaceFinder finder = VisionConfig.defaults(null).newFaceFinder(SHIPPED_MODELS)) {
            for (LabeledFace face : faces) {
                byte[] photo = Photos.jpeg(Photos.canvas(400, 400, List.of(face), new int[][] {{0, 0, 400}}));
                found += finder.find(photo).faces().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(found >= faces.size() * 0.8, "found a face in " + found + " of " + faces.size() + " frame-filling photos");
    }
}
