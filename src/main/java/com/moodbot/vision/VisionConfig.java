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
        @Bindable(defaultValue = "320") int maxDetectionSide,
        @Bindable(defaultValue = "40") int minFaceSide,
        @Bindable(defaultValue = "8388608") long maxBytes,
        @Bindable(defaultValue = "40000000") long maxPixels) {

    public static VisionConfig defaults(Path yunetModel) {
        return new VisionConfig(yunetModel, 320, 40, 8L << 20, 40_000_000L);
    }

    public FaceFinder newFaceFinder() {
        FaceDetector detector = yunetModel == null ? new CascadeFaceDetector() : new YuNetFaceDetector(yunetModel);
        return new FaceFinder(new ImageDecoder(new ImageLimits(maxBytes, maxPixels)), detector, maxDetectionSide, minFaceSide);
    }
}
