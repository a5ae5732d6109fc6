package vn.xomantoan.shared;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Threads that run background jobs (imports, evaluation runs, reports): named, and never keeping the JVM alive. */
public final class BackgroundWorkers {

    private BackgroundWorkers() {
    }

    public static ExecutorService of(String name, int threads) {
        CustomizableThreadFactory factory = new CustomizableThreadFactory(name + "-");
        factory.setDaemon(true);
        return Executors.newFixedThreadPool(threads, factory);
    }
}
