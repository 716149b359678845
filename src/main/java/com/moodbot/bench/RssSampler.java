package com.moodbot.bench;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples a process's resident memory every 20 ms from its start, for the memory benches. */
final class RssSampler {

    private final long pid;
    private final long idle;
    private final AtomicLong sampledPeak;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private RssSampler(long pid) {
        this.pid = pid;
        this.idle = ProcStatus.kib(pid, "VmRSS");
        this.sampledPeak = new AtomicLong(idle);
        this.thread = new Thread(() -> {
            while (running.get()) {
                sampledPeak.accumulateAndGet(ProcStatus.kib(pid, "VmRSS"), Math::max);
                ProcStatus.pause(20);
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static RssSampler start(long pid) {
        return new RssSampler(pid);
    }

    /** RSS in KiB when sampling started. */
    long idle() {
        return idle;
    }

    /** Stops sampling; the highest RSS in KiB, sampled or as the kernel's high-water mark has it. */
    long stopAndPeak() throws InterruptedException {
        running.set(false);
        thread.join();
        return Math.max(ProcStatus.kib(pid, "VmHWM"), sampledPeak.get());
    }
}
