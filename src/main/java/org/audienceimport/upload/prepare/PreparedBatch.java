package org.audienceimport.upload.prepare;

import java.util.OptionalInt;

/**
 * One request body waiting in a prepared folder, without the credentials.
 *
 * @param number   its position, counting from 1 (the order to send in)
 * @param file     its file name in the folder, e.g. {@code batch-00001.json}
 * @param objects  how many contacts it holds
 * @param bytes    its exact size
 * @param sha256   its SHA-256, lower-case hex
 * @param firstRow the source row of its first contact, when rows were given
 * @param lastRow  the source row of its last contact, when rows were given
 */
public record PreparedBatch(int number, String file, int objects, long bytes, String sha256,
                            OptionalInt firstRow, OptionalInt lastRow) {
}
