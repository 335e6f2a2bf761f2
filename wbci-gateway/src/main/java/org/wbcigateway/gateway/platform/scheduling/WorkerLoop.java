package org.wbcigateway.gateway.platform.scheduling;

import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that runs {@code round} at once, then again whenever its {@link Wakeup} is signalled or {@code interval}
 * has passed since the last round ended, telling it for which tenants ({@link Woken}): those signalled, or all of
 * them once {@code interval} has passed since the last round for all. Rounds never overlap. A round that fails is
 * logged and the loop goes on.
 */
public final class WorkerLoop {

    private static final Logger log = LoggerFactory.getLogger(WorkerLoop.class);

    private final String name;
    private final Duration interval;
    private final Wakeup wakeup;
    private final Consumer<Woken> round;
    private volatile Thread thread;

    public WorkerLoop(String name, Duration interval, Wakeup wakeup, Consumer<Woken> round) {
        this.name = name;
        this.interval = interval;
        this.wakeup = wakeup;
        this.round = round;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        Thread t = new Thread(this::loop, wakeup.threadName(name));
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    public synchronized void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return thread != null;
    }

    private void loop() {
        Thread self = Thread.currentThread();
        Woken woken = Woken.ALL;
        long lastForAll = 0;
        while (thread == self) {
            if (woken == Woken.ALL) {
                lastForAll = System.nanoTime();
            }
            try {
                round.accept(woken);
            } catch (RuntimeException e) {
                log.error("{}: round failed; the next round follows", name, e);
            }
            try {
                woken = wakeup.await(interval);
            } catch (InterruptedException e) {
                return;
            }
            // one busy tenant's signals must not keep the others from their round at the interval
            if (System.nanoTime() - lastForAll >= interval.toNanos()) {
                woken = Woken.ALL;
            }
        }
    }
}
