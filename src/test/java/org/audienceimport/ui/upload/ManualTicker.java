package org.audienceimport.ui.upload;

/** A ticker the test turns by hand, on its own thread: the ViewModel sees every tick on that one thread. */
final class ManualTicker implements Ticker {

    private Runnable tick;

    @Override
    public Ticking start(Runnable work) {
        tick = work;
        return () -> tick = null;
    }

    boolean running() {
        return tick != null;
    }

    void tick() {
        if (tick != null) {
            tick.run();
        }
    }
}
