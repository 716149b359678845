package com.moodbot.conversation;

import com.moodbot.vision.ImageRejectedException;

/** Downloads a photo a person sent, into memory only. */
@FunctionalInterface
public interface ImageFetcher {
    byte[] fetch(String url) throws ImageRejectedException;
}
