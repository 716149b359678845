package com.moodbot.data;

/** A data file that cannot be read; the message names the file and line (or file) at fault. */
public class DatasetFormatException extends RuntimeException {
    public DatasetFormatException(String message) {
        super(message);
    }
}
