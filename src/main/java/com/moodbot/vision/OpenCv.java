package com.moodbot.vision;

import nu.pattern.OpenCV;

/** Loads OpenCV's native library once per JVM (from the openpnp jar, no download). */
public final class OpenCv {

    private static volatile boolean loaded;

    private OpenCv() {
    }

    public static void load() {
        if (!loaded) {
            synchronized (OpenCv.class) {
                if (!loaded) {
                    OpenCV.loadLocally();
                    loaded = true;
                }
            }
        }
    }
}
