package org.audienceimport.sandbox;

import java.util.List;
import java.util.OptionalInt;

/**
 * Which requests fail on purpose. Failures count the requests that passed the credential and rate checks:
 * every Nth of them is answered with the next status of the list and stores nothing. Drops count the
 * accepted requests: every Mth is stored and then left unanswered, so the client never hears it succeeded.
 */
final class FaultPlan {

    private final int failEvery;
    private final List<Integer> failStatuses;
    private final int dropEvery;
    private long checked;
    private long failures;
    private long accepted;

    FaultPlan(int failEvery, List<Integer> failStatuses, int dropEvery) {
        this.failEvery = failEvery;
        this.failStatuses = List.copyOf(failStatuses);
        this.dropEvery = dropEvery;
    }

    /** The status to fail this request with, if it is an Nth. */
    synchronized OptionalInt failure() {
        checked++;
        if (failEvery == 0 || checked % failEvery != 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(failStatuses.get((int) (failures++ % failStatuses.size())));
    }

    /** True when this accepted request is an Mth, whose connection is to be dropped. */
    synchronized boolean drop() {
        accepted++;
        return dropEvery != 0 && accepted % dropEvery == 0;
    }

    synchronized void reset() {
        checked = 0;
        failures = 0;
        accepted = 0;
    }
}
