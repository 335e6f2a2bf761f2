package org.wbcigateway.gateway.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Counts, on the root logger, every ERROR event and every WARN-or-worse event that carries an exception (a stack
 * trace in the log means something went unhandled), and keeps the first few. Loggers that log every refused message
 * at WARN can be quietened meanwhile; their ERROR events still arrive. Attached with {@link #everything()}, it also
 * keeps every event with its thread and MDC.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private static final int KEEP = 20;
    private static final int KEEP_ALL = 10_000;

    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong withException = new AtomicLong();
    private final List<String> first = new ArrayList<>();
    private final List<String> all = new ArrayList<>();
    private final Map<Logger, Level> quietened = new HashMap<>();
    private final List<Event> events = new ArrayList<>();
    private boolean keepEvents;

    /** One log event as it was logged: the MDC as it was on the logging thread then. */
    public record Event(Level level, String logger, String thread, String message, Map<String, String> mdc) {}

    private LogCapture() {}

    /** Attaches a new capture that also keeps every event (at most {@value #KEEP_ALL}). */
    public static LogCapture everything() {
        LogCapture capture = attach();
        capture.keepEvents = true;
        return capture;
    }

    /** The events kept so far (only when attached with {@link #everything()}). */
    public List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Attaches a new capture to the root logger; the given loggers log ERROR only until {@link #close()}. */
    public static LogCapture attach(String... quiet) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogCapture capture = new LogCapture();
        capture.setContext(context);
        capture.setName("fuzz-log-capture");
        capture.start();
        for (String name : quiet) {
            Logger logger = context.getLogger(name);
            capture.quietened.put(logger, logger.getLevel());
            logger.setLevel(Level.ERROR);
        }
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (keepEvents) {
            synchronized (events) {
                if (events.size() < KEEP_ALL) {
                    events.add(new Event(
                            event.getLevel(),
                            event.getLoggerName(),
                            event.getThreadName(),
                            event.getFormattedMessage(),
                            Map.copyOf(event.getMDCPropertyMap())));
                }
            }
        }
        boolean error = event.getLevel().isGreaterOrEqual(Level.ERROR);
        boolean exception =
                event.getThrowableProxy() != null && event.getLevel().isGreaterOrEqual(Level.WARN);
        if (!error && !exception) {
            return;
        }
        if (error) {
            errors.incrementAndGet();
        }
        if (exception) {
            withException.incrementAndGet();
        }
        IThrowableProxy t = event.getThrowableProxy();
        String text = event.getLevel() + " " + event.getLoggerName() + " [" + event.getThreadName() + "]: "
                + event.getFormattedMessage() + (t == null ? "" : " — " + t.getClassName() + ": " + t.getMessage());
        synchronized (first) {
            if (first.size() < KEEP) {
                first.add(text);
            }
            if (all.size() < KEEP_ALL) {
                all.add(text);
            }
        }
    }

    public long errors() {
        return errors.get();
    }

    public long withException() {
        return withException.get();
    }

    /** Both counts, for comparing before and after one message. */
    public long incidents() {
        return errors.get() + withException.get();
    }

    public List<String> first() {
        synchronized (first) {
            return List.copyOf(first);
        }
    }

    /** How many events were kept so far, for {@link #since(int)}. */
    public int mark() {
        synchronized (first) {
            return all.size();
        }
    }

    /** The events kept after the given {@link #mark()}. */
    public List<String> since(int mark) {
        synchronized (first) {
            return List.copyOf(all.subList(Math.min(mark, all.size()), all.size()));
        }
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(this);
        quietened.forEach(Logger::setLevel);
        stop();
    }
}
