package com.moodbot.options;

import com.moodbot.emotion.EmotionClassifier;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.VisionConfig;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that runs the photo pipeline shares, in {@code cli} and {@code bench} (a picocli mixin). */
public final class ModelOptions {

    @Option(names = "--model", defaultValue = "models", description = "model folder (default ${DEFAULT-VALUE})")
    Path model;

    @Option(names = "--yunet", description = "YuNet ONNX model; default is OpenCV's Haar cascade")
    Path yunet;

    public FaceFinder faceFinder() {
        return VisionConfig.defaults(yunet).newFaceFinder();
    }

    public EmotionClassifier classifier(int predictors) throws IOException {
        return EmotionClassifier.load(model, predictors);
    }
}
