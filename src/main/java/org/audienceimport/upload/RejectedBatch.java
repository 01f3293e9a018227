package org.audienceimport.upload;

import java.util.OptionalInt;

import org.audienceimport.text.Text;

/**
 * A batch (or part of one) the server refused, with what it said and where its contacts came from.
 *
 * @param batch       the batch's number, counting from 1
 * @param part        {@code ""} for the whole batch, else which part of a split batch ({@code "L"}, {@code "LR"} …)
 * @param firstObject the position of its first contact within the batch, counting from 1
 * @param objects     how many contacts it holds
 * @param firstRow    the source row of the batch's first contact, when known
 * @param lastRow     the source row of the batch's last contact, when known (for a part, the rows
 *                    of its contacts lie within the batch's)
 * @param status      the HTTP status
 * @param text        what the server said (its own words), or why the app could not send it
 */
public record RejectedBatch(int batch, String part, int firstObject, int objects, OptionalInt firstRow,
                            OptionalInt lastRow, int status, Text text) {

    /** A refusal in the server's own words, which are the same in every language. */
    public RejectedBatch(int batch, String part, int firstObject, int objects, OptionalInt firstRow,
                         OptionalInt lastRow, int status, String message) {
        this(batch, part, firstObject, objects, firstRow, lastRow, status, Text.verbatim(message));
    }

    /** In English, as the command line shows it. */
    public String message() {
        return text.english();
    }

    /** E.g. "batch 7 (rows 1,002–1,980)" or "contacts 251–500 of batch 7 (rows 1,002–1,980)". */
    public String describe() {
        String which = part.isEmpty() ? "batch " + batch
                : "contacts " + firstObject + "\u2013" + (firstObject + objects - 1) + " of batch " + batch;
        if (firstRow.isPresent() && lastRow.isPresent()) {
            which += " (rows " + firstRow.getAsInt() + "\u2013" + lastRow.getAsInt() + ")";
        }
        return which;
    }
}
