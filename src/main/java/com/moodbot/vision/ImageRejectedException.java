package com.moodbot.vision;

/** A photo we cannot or will not decode; {@link Reason} drives the kind reply, the detail goes to the log. */
public class ImageRejectedException extends Exception {

    public enum Reason { EMPTY, TOO_LARGE, UNSUPPORTED_FORMAT, CORRUPT, DOWNLOAD_FAILED }

    private final Reason reason;

    public ImageRejectedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
