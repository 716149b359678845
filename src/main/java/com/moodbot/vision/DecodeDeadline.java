package com.moodbot.vision;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

/**
 * Stops one decode at its deadline: a timer aborts the reader then, and so does the reader's own
 * progress report once the deadline has passed (ImageIO's read clears an abort asked for before it
 * began). The JDK's JPEG reader and the PNG reader check for an abort after every row they decode.
 */
final class DecodeDeadline implements IIOReadProgressListener, AutoCloseable {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final ImageReader reader;
    private final LongSupplier nanoTime;
    private final long deadline;
    private final ScheduledFuture<?> abort;

    private DecodeDeadline(ImageReader reader, long deadline, LongSupplier nanoTime) {
        this.reader = reader;
        this.nanoTime = nanoTime;
        this.deadline = deadline;
        reader.addIIOReadProgressListener(this);
        this.abort = TIMER.schedule(reader::abort, Math.max(0, deadline - nanoTime.getAsLong()), TimeUnit.NANOSECONDS);
    }

    /** Watches a decode by {@code reader}, which must begin right after, until {@code deadline} (in {@code nanoTime}'s terms). */
    static DecodeDeadline start(ImageReader reader, long deadline, LongSupplier nanoTime) {
        return new DecodeDeadline(reader, deadline, nanoTime);
    }

    boolean passed() {
        return nanoTime.getAsLong() - deadline > 0;
    }

    @Override
    public void close() {
        abort.cancel(false);
        reader.removeIIOReadProgressListener(this);
    }

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
        if (passed()) {
            source.abort();
        }
    }

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {
        imageProgress(source, 0);
    }

    // the rest of the listener: nothing to do
    @Override
    public void sequenceStarted(ImageReader source, int minIndex) { }

    @Override
    public void sequenceComplete(ImageReader source) { }

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) { }

    @Override
    public void imageComplete(ImageReader source) { }

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) { }

    @Override
    public void thumbnailComplete(ImageReader source) { }

    @Override
    public void readAborted(ImageReader source) { }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "decode-deadline");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
