package dev.newsdesk.priming;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * A SnapStart priming hook. Before Lambda snapshots a published version ({@link #beforeCheckpoint}), a function
 * runs its own code paths once, so that the classes they load, the SDK's lazily built parts and the JIT's first
 * compilations are in the snapshot instead of in the first request after each restore. Each function registers
 * its own work where it is built; this class knows none of them.
 *
 * <p>The work must never touch the real table or bucket: it runs on clients that reach an
 * {@link OfflineEndpoint}, never AWS.
 *
 * <p>After each restore ({@link #afterRestore}) the function renews what the snapshot must not share between
 * the instances resumed from it: random seeds, and values whose age is measured on a clock.
 */
public final class Priming implements Resource {

    /** Rounds of the same paths: enough for the JIT's first compilations, a fraction of a second in all. */
    public static final int ROUNDS = 5;

    private final String function;
    private final Runnable work;
    private final Runnable restored;

    private Priming(String function, Runnable work, Runnable restored) {
        this.function = function;
        this.work = work;
        this.restored = restored;
    }

    /**
     * Registers {@code work} to run before a SnapStart checkpoint, and {@code restored} after each restore. The
     * caller must keep the returned object: the runtime holds its resources by weak reference only.
     */
    public static Priming register(String function, Runnable work, Runnable restored) {
        Priming priming = new Priming(function, work, restored);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Priming itself kept no connection, clock or random state; the function's own state is renewed here.
        restored.run();
    }

    /** Runs the priming now; a failure is logged and swallowed (a snapshot without priming still works). */
    public void run() {
        long start = System.nanoTime();
        String outcome = "primed";
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            outcome = "priming failed: " + e.getClass().getSimpleName();
        }
        System.out.println("{\"event\":\"priming\",\"function\":\"" + function + "\",\"result\":\"" + outcome
                + "\",\"millis\":" + (System.nanoTime() - start) / 1_000_000 + "}");
    }
}
