package com.moodbot.vision;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Face detection settings. YuNet is the detector: {@code yunetModel} (MOODBOT_VISION_YUNET_MODEL), else
 * {@link #YUNET_FILE} in the model folder; OpenCV's Haar cascade stands in when that file is missing or
 * does not load. Photos are downscaled to {@code maxDetectionSide} for detection; faces under
 * {@code minFaceSide} pixels are too small to read. A photo is decoded only if it has at most
 * {@code maxBytes} and {@code maxPixels}, and refused if decoding it takes longer than {@code decodeDeadline}
 * (MOODBOT_VISION_DECODE_DEADLINE).
 */
@ConfigurationProperties("moodbot.vision")
public record VisionConfig(
        @Nullable Path yunetModel,
        @Bindable(defaultValue = VisionConfig.MAX_DETECTION_SIDE) int maxDetectionSide,
        @Bindable(defaultValue = VisionConfig.MIN_FACE_SIDE) int minFaceSide,
        @Bindable(defaultValue = VisionConfig.MAX_BYTES) long maxBytes,
        @Bindable(defaultValue = VisionConfig.MAX_PIXELS) long maxPixels,
        @Bindable(defaultValue = VisionConfig.DECODE_DEADLINE) Duration decodeDeadline) {

    /** YuNet's file name in the model folder (shipped in {@code models/}, see models/THIRD_PARTY.md). */
    public static final String YUNET_FILE = "face_detection_yunet_2023mar.onnx";
    /** The shipped detector, from a checkout's root: the default of the commands that name one. */
    public static final String SHIPPED_YUNET = "models/" + YUNET_FILE;
    static final String MAX_DETECTION_SIDE = "320";
    static final String MIN_FACE_SIDE = "40";
    static final String MAX_BYTES = "8388608";
    static final String MAX_PIXELS = "40000000";
    static final String DECODE_DEADLINE = "PT5S";

    /** The configured defaults, for code that runs without an application context (tests, benches). */
    public static VisionConfig defaults(Path yunetModel) {
        return new VisionConfig(yunetModel, Integer.parseInt(MAX_DETECTION_SIDE), Integer.parseInt(MIN_FACE_SIDE),
                ImageLimits.DEFAULT.maxBytes(), ImageLimits.DEFAULT.maxPixels(), ImageLimits.DEFAULT.decodeDeadline());
    }

    /** A finder with YuNet from {@code yunetModel} when set, else the Haar cascade (tests, benches). */
    public FaceFinder newFaceFinder() {
        return finderWith(yunetModel == null ? new CascadeFaceDetector() : new YuNetFaceDetector(yunetModel));
    }

    /** The finder serve and the commands use: YuNet from {@link #yunetPath}, else the cascade. */
    public FaceFinder newFaceFinder(Path modelDir) {
        return finderWith(DetectorChoice.choose(yunetPath(modelDir)));
    }

    /** Where YuNet is looked for: {@code yunetModel} when set, else {@link #YUNET_FILE} in the model folder. */
    public Path yunetPath(Path modelDir) {
        return yunetModel != null ? yunetModel : modelDir.resolve(YUNET_FILE);
    }

    private FaceFinder finderWith(FaceDetector detector) {
        return new FaceFinder(new ImageDecoder(new ImageLimits(maxBytes, maxPixels, decodeDeadline)), detector, maxDetectionSide, minFaceSide);
    }
}
