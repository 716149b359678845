package com.moodbot.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What one logger wrote while this is open: each event's formatted line and whether it carried a throwable. */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level before;

    /** Captures what {@code source} logs at its configured level (WARN and up in the tests). */
    public CapturedLog(Class<?> source) {
        this(source, null);
    }

    /** Captures what {@code source} logs at {@code level} and up, for as long as this is open. */
    public CapturedLog(Class<?> source, Level level) {
        this.logger = (Logger) LoggerFactory.getLogger(source);
        this.before = logger.getLevel();
        if (level != null) {
            logger.setLevel(level);
        }
        appender.start();
        logger.addAppender(appender);
    }

    /** The formatted lines so far. */
    public List<String> lines() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** How many events so far carried a stack trace. */
    public long withStackTraces() {
        return events().stream().filter(e -> e.getThrowableProxy() != null).count();
    }

    private List<ILoggingEvent> events() {
        synchronized (appender) { // AppenderBase.doAppend holds this lock while it adds
            return List.copyOf(appender.list);
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(before);
        appender.stop();
    }
}
