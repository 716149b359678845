package com.moodbot.training;

import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars with ETA on stderr, shared by the long-running commands. */
public final class Progress {
    private Progress() {
    }

    /** Redrawn in place every 2 s on a terminal; into a file or a pipe, one plain line every 30 s instead. */
    public static ProgressBar bar(String task, long total) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed();
        if (System.console() == null) {
            // the library draws the last state twice as it closes: a line that repeats the one before is left out
            AtomicReference<String> last = new AtomicReference<>();
            return builder.setConsumer(new DelegatingProgressBarConsumer(line -> {
                if (!line.equals(last.getAndSet(line))) {
                    System.err.println(line);
                }
            })).setUpdateIntervalMillis(30_000).build();
        }
        return builder.setUpdateIntervalMillis(2000).build();
    }
}
