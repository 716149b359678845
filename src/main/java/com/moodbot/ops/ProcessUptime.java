package com.moodbot.ops;

import java.lang.management.ManagementFactory;

/** Milliseconds since the JVM started: the time-to-ready an operator sees. */
final class ProcessUptime {

    private ProcessUptime() {
    }

    static long millis() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
