package org.audienceimport.sandbox;

import java.util.Map;

/**
 * What the sandbox saw on {@code POST /import/audience} since it started or was last reset.
 *
 * @param requests            every request that arrived, whatever became of it
 * @param accepted            requests whose objects were stored, including those whose connection was then dropped
 * @param byStatus            answers sent, by HTTP status (dropped connections sent none)
 * @param objectsReceived     audience objects in requests that got as far as the shape check
 * @param objectsAccepted     audience objects stored
 * @param profiles            distinct profiles in the store
 * @param droppedConnections  connections dropped on purpose after storing (fault injection)
 * @param maxRequestsInWindow the most requests that arrived within one rolling window of the rate limit's
 *                            length, counting refused ones: above the limit means the client sent too fast
 * @param largestBodyBytes    the largest request body read, in bytes
 */
public record SandboxStats(long requests, long accepted, Map<Integer, Long> byStatus, long objectsReceived,
                           long objectsAccepted, long profiles, long droppedConnections, int maxRequestsInWindow,
                           long largestBodyBytes) {

    public SandboxStats {
        byStatus = Map.copyOf(byStatus);
    }

    /** How many answers had this status. */
    public long status(int code) {
        return byStatus.getOrDefault(code, 0L);
    }
}
