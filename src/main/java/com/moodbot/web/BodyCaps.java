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

    public BodyCaps(MessengerConfig messenger, VisionConfig vision) {
        this.webhook = messenger.maxBodyBytes();
        this.photo = vision.maxBytes() + MULTIPART_FRAMING_BYTES;
    }

    public long bytes(BodyCap.Size size) {
        return switch (size) {
            case SMALL -> SMALL_BYTES;
            case WEBHOOK -> webhook;
            case PHOTO -> photo;
        };
    }
}
