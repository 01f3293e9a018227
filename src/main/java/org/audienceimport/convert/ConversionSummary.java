package org.audienceimport.convert;

import java.util.Map;

/**
 * The totals of a conversion, as the user reads them before sending anything.
 *
 * @param rows       non-blank data rows read
 * @param toSend     audience objects to send (after merging duplicates)
 * @param excluded   rows not imported (no valid identifier, or strict mode)
 * @param warnings   warning issues (values left out, typos, merged duplicates …)
 * @param duplicates rows merged into an earlier row of the same contact
 * @param byCode     how many issues of each code
 */
public record ConversionSummary(String sheet, int headerRow, long rows, long toSend, long excluded, long warnings,
                                long duplicates, Map<String, Long> byCode) {
}
