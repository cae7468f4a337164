package id.kombel.local.agent;

import java.util.concurrent.CountDownLatch;

/** Stands in for an app in {@link ParentWatchTest}: says it runs, then waits to be ended. */
public final class Idle {

    private Idle() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("running");
        new CountDownLatch(1).await();
    }
}
