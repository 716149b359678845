package com.moodbot.web;

import com.moodbot.http.BodyCap;
import com.moodbot.messenger.MessengerConfig;
import com.moodbot.vision.VisionConfig;
import jakarta.inject.Singleton;

/** The byte cap of each {@link BodyCap.Size}. */
@Singleton
public class BodyCaps {

    /** Forms and small JSON bodies: far above a login, a choice or a signed deletion request. */
    static final long SMALL_BYTES = 64 * 1024;
    /** Room for the multipart boundaries and part headers around an upload's photo. */
    static final long MULTIPART_FRAMING_BYTES = 64 * 1024;

    private final long webhook;
    private final long photo;
    private final long photoAlone;

    public BodyCaps(MessengerConfig messenger, VisionConfig vision) {
        this.webhook = messenger.maxBodyBytes();
        this.photoAlone = vision.maxBytes();
        this.photo = photoAlone + MULTIPART_FRAMING_BYTES;
    }

    /** The most a photo upload's file may have, without the form around it. */
    public long photoAlone() {
        return photoAlone;
    }

    /** The cap as a person reads it: "a photo of at most 8 MiB (8454144 bytes with its form)", "at most 64 KiB". */
    public String describe(BodyCap.Size size) {
        return size == BodyCap.Size.PHOTO
                ? "a photo of at most " + readable(photoAlone) + " (" + photo + " bytes with its form)"
                : "at most " + readable(bytes(size));
    }

    private static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    public long bytes(BodyCap.Size size) {
        return switch (size) {
            case SMALL -> SMALL_BYTES;
            case WEBHOOK -> webhook;
            case PHOTO -> photo;
        };
    }
}
