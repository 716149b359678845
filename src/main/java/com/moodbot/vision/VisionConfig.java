package com.moodbot.vision;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * Face detection settings. With {@code yunetModel} set (MOODBOT_VISION_YUNET_MODEL) YuNet is used,
 * otherwise OpenCV's Haar cascade. Photos are downscaled to {@code maxDetectionSide} for detection;
 * faces under {@code minFaceSide} pixels are too small to read.
 */
@ConfigurationProperties("moodbot.vision")
public record VisionConfig(
        @Nullable Path yunetModel,
        @Bindable(defaultValue = VisionConfig.MAX_DETECTION_SIDE) int maxDetectionSide,
        @Bindable(defaultValue = VisionConfig.MIN_FACE_SIDE) int minFaceSide,
        @Bindable(defaultValue = VisionConfig.MAX_BYTES) long maxBytes,
        @Bindable(defaultValue = VisionConfig.MAX_PIXELS) long maxPixels) {

    static final String MAX_DETECTION_SIDE = "320";
    static final String MIN_FACE_SIDE = "40";
    static final String MAX_BYTES = "8388608";
    static final String MAX_PIXELS = "40000000";

    /** The configured defaults, for code that runs without an application context (tests, benches). */
    public static VisionConfig defaults(Path yunetModel) {
        return new VisionConfig(yunetModel, Integer.parseInt(MAX_DETECTION_SIDE), Integer.parseInt(MIN_FACE_SIDE),
                ImageLimits.DEFAULT.maxBytes(), ImageLimits.DEFAULT.maxPixels());
    }

    public FaceFinder newFaceFinder() {
        FaceDetector detector = yunetModel == null ? new CascadeFaceDetector() : new YuNetFaceDetector(yunetModel);
        return new FaceFinder(new ImageDecoder(new ImageLimits(maxBytes, maxPixels)), detector, maxDetectionSide, minFaceSide);
    }
}
