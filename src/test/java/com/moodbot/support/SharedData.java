package com.moodbot.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files from ../shared that some tests need; such tests are skipped (with a reason) only when the file is absent. */
public final class SharedData {

    public static final Path FER2013 = Path.of("../shared/datasets/fer2013/fer2013.csv.gz");
    public static final Path YUNET = Path.of("../shared/models/face_detection_yunet_2023mar.onnx");
    public static final Path NHFI = Path.of("../shared/datasets/nhfi");
    public static final Path NHFI_VAL = NHFI.resolve("val.csv");

    private SharedData() {
    }

    public static boolean ferPresent() {
        return Files.isRegularFile(FER2013);
    }

    public static boolean yunetPresent() {
        return Files.isRegularFile(YUNET);
    }
}
