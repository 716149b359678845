package com.moodbot.web;

import io.micronaut.http.HttpRequest;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether an admitted upload's body has arrived: {@link WebAdmissionFilter} watches for it, and the route marks it
 * as it starts, once the framework has the whole body. The upload deadline counts until then only: the analysis
 * after it has deadlines of its own.
 */
final class UploadArrival {

    private static final String ATTRIBUTE = UploadArrival.class.getName();

    private UploadArrival() {
    }

    /** A flag for {@code request}'s body, false until {@link #arrived} is called with it. */
    static AtomicBoolean watch(HttpRequest<?> request) {
        AtomicBoolean arrived = new AtomicBoolean();
        request.setAttribute(ATTRIBUTE, arrived);
        return arrived;
    }

    static void arrived(HttpRequest<?> request) {
        request.getAttribute(ATTRIBUTE, AtomicBoolean.class).ifPresent(flag -> flag.set(true));
    }
}
