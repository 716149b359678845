package com.moodbot.options;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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

    @Option(names = "--yunet", description = "YuNet ONNX model (default: face_detection_yunet_2023mar.onnx in the model folder, else OpenCV's Haar cascade)")
    Path yunet;

    /** {@code moodbot.model.*} and {@code moodbot.vision.yunet-model}, as MOODBOT_MODEL_DIR etc. set them for serve. */
    public Map<String, Object> properties(int predictors, boolean tenCrop) {
        Map<String, Object> p = new HashMap<>();
        p.put("moodbot.model.dir", model.toString());
        p.put("moodbot.model.predictors", predictors);
        p.put("moodbot.model.ten-crop", tenCrop);
        if (yunet != null) {
            p.put("moodbot.vision.yunet-model", yunet.toString());
        }
        return p;
    }
}
