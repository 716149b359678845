package com.moodbot.options;

import com.moodbot.emotion.ModelConfig;
import com.moodbot.emotion.TestTimeViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The options every command that runs the photo pipeline shares, in {@code cli} and {@code bench}
 * (a picocli mixin). They map onto the configuration properties {@code serve} reads from the
 * environment, so a command gets the very beans {@code serve} uses ({@code PipelineFactory}), from the
 * one context {@code Application} starts with its {@link CommandProperties}.
 */
public final class ModelOptions {

    @Option(names = "--model", defaultValue = "${env:MOODBOT_MODEL_DIR:-models}",
            description = "model folder (default: MOODBOT_MODEL_DIR, else models)")
    Path model;

    /** What {@code --yunet} takes for "no YuNet": the cascade, as serve uses it when the model folder has none. */
    static final String CASCADE = "none";

    @Option(names = "--yunet", description = "YuNet ONNX model, or none for OpenCV's Haar cascade (default: "
            + "face_detection_yunet_2023mar.onnx in the model folder, else the cascade)")
    Path yunet;

    @Option(names = "--views", converter = ViewsConverter.class, paramLabel = "centre|mirror|ten-crop",
            description = "views of each face the model averages: centre, mirror (the centre and its mirror image) "
                    + "or ten-crop (corners and centre, each mirrored) (default: MOODBOT_MODEL_VIEWS, else "
                    + ModelConfig.VIEWS + ")")
    TestTimeViews views;

    /** {@code moodbot.model.*} and {@code moodbot.vision.yunet-model}, as MOODBOT_MODEL_DIR etc. set them for serve. */
    public Map<String, Object> properties(int predictors) {
        Map<String, Object> p = new HashMap<>();
        p.put("moodbot.model.dir", model.toString());
        p.put("moodbot.model.predictors", predictors);
        if (views != null) {
            p.put("moodbot.model.views", views.label());
        }
        if (yunet != null) {
            if (!yunet.toString().equals(CASCADE) && !Files.isRegularFile(yunet)) {
                throw new IllegalArgumentException("--yunet: no such file: " + yunet + " (--yunet " + CASCADE
                        + " asks for OpenCV's Haar cascade)");
            }
            p.put("moodbot.vision.yunet-model", yunet.toString());
        }
        return p;
    }

    /** Parses {@code centre}, {@code mirror} or {@code ten-crop} for a {@code --views} option. */
    public static final class ViewsConverter implements ITypeConverter<TestTimeViews> {
        public ViewsConverter() {
        }

        @Override
        public TestTimeViews convert(String value) {
            try {
                return TestTimeViews.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
