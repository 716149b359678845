package com.moodbot.config;

/** What this build of moodbot is, as {@code --version} and the service's start-up line say it. */
public final class Build {

    public static final String VERSION = "0.1.0";

    private Build() {
    }
}
