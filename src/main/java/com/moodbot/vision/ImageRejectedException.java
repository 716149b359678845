package com.moodbot.vision;

import java.util.Locale;

/** A photo we cannot or will not decode; {@link Reason} drives the kind reply, the detail goes to the log. */
public class ImageRejectedException extends Exception {

    public enum Reason {
        EMPTY, TOO_LARGE, UNSUPPORTED_FORMAT, CORRUPT, DOWNLOAD_FAILED;

        /** As the web API and the metrics name it: {@code download_failed}, whatever the machine's locale. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public ImageRejectedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
