package com.moodbot;

/**
 * DJL must never download anything: the PyTorch natives come from the Maven jars on the class path,
 * and are unpacked into DJL_CACHE_DIR (default ~/.djl.ai).
 */
public final class DjlSetup {
    private DjlSetup() {
    }

    public static void configure() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("java.awt.headless", "true");
    }
}
