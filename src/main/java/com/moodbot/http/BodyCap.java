package com.moodbot.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How large a body a route takes, checked by {@code com.moodbot.web.BodyCapFilter} from Content-Length before any of
 * it is read. A route without this takes {@link Size#SMALL} bodies.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BodyCap {

    Size value();

    /** The caps, in bytes, as {@code com.moodbot.web.BodyCaps} sets them. */
    enum Size {
        /** Forms and small JSON: the login form, a quick reply choice, the deletion callback. */
        SMALL,
        /** A Messenger webhook POST: {@code moodbot.messenger.max-body-bytes}. */
        WEBHOOK,
        /** A photo upload: the photo cap ({@code moodbot.vision.max-bytes}) plus the multipart framing. */
        PHOTO
    }
}
