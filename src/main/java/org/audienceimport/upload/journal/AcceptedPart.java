package org.audienceimport.upload.journal;

import java.time.Instant;

/**
 * A batch, or part of one, that the server accepted.
 *
 * @param batch       the batch's number, counting from 1
 * @param batchSha256 the whole batch's checksum (a re-packed batch with the same number is another batch)
 * @param part        which part: {@code ""} for the whole batch; after a 413 split, {@code "L"} and {@code "R"}
 *                    for its halves, {@code "LR"} for the right half of the left half, and so on
 * @param sha256      the checksum of the body that was sent (without the credentials)
 * @param objects     how many contacts it held
 * @param at          when the answer came
 */
public record AcceptedPart(int batch, String batchSha256, String part, String sha256, int objects, Instant at) {
}
