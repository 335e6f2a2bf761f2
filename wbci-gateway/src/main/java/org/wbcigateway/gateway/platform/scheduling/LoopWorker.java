package org.wbcigateway.gateway.platform.scheduling;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/** A bean whose {@link #round(Woken)} runs in a {@link WorkerLoop} from the application's start to its stop. */
public abstract class LoopWorker implements SmartLifecycle {

    private final WorkerLoop loop;

    protected LoopWorker(String name, Duration interval, Wakeup wakeup) {
        this.loop = new WorkerLoop(name, interval, wakeup, this::round);
    }

    /** One round of work for the tenants woken; rounds never overlap. */
    protected abstract void round(Woken woken);

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
