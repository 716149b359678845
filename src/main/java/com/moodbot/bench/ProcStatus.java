package com.moodbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's memory as Linux reports it in {@code /proc/PID/status}, for the memory benches. */
final class ProcStatus {

    private ProcStatus() {
    }

    /** The field ({@code VmRSS}, {@code VmHWM}) in KiB; 0 once the process has exited. */
    static long kib(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException gone) {
            // the process exited
        }
        return 0;
    }

    /** Sleeps between two samples; an interrupt ends the wait and is kept. */
    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
