package org.audienceimport.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.audienceimport.convert.ConversionSummary;
import org.audienceimport.convert.Issue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The summary of a conversion, for people (text) and scripts (JSON), shared by validate and prepare. */
final class ConversionOutput {

    private static final int ISSUES_IN_TEXT = 20;

    private ConversionOutput() {
    }

    static ObjectNode json(ConversionSummary summary, ConversionOptions.Listeners listeners) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("sheet", summary.sheet());
        root.put("header_row", summary.headerRow());
        root.put("rows", summary.rows());
        root.put("to_send", summary.toSend());
        root.put("excluded", summary.excluded());
        root.put("warnings", summary.warnings());
        root.put("duplicates", summary.duplicates());
        ArrayNode issues = root.putArray("issues");
        for (Issue issue : listeners.issues().issues()) {
            issues.addObject().put("row", issue.row()).put("column", issue.column()).put("letter", issue.columnLetter())
                    .put("severity", issue.severity().code()).put("code", issue.code()).put("message", issue.message())
                    .put("value", issue.value());
        }
        root.put("issues_total", listeners.issues().total());
        if (listeners.issues().leftOut() > 0) {
            root.put("issues_left_out", listeners.issues().leftOut());
        }
        listeners.report().ifPresent(report -> root.put("report_rows", report.rowsWritten()));
        return root;
    }

    static void text(ConversionSummary summary, ConversionOptions.Listeners listeners, PrintWriter out) {
        out.printf(Locale.US, "Sheet \u201C%s\u201D, headers on row %d%n", summary.sheet(), summary.headerRow());
        out.printf(Locale.US, "Rows read:          %,d%n", summary.rows());
        out.printf(Locale.US, "Contacts to send:   %,d%n", summary.toSend());
        out.printf(Locale.US, "Rows excluded:      %,d%n", summary.excluded());
        out.printf(Locale.US, "Warnings:           %,d%n", summary.warnings());
        out.printf(Locale.US, "Duplicates merged:  %,d%n", summary.duplicates());
        var issues = listeners.issues().issues();
        if (!issues.isEmpty()) {
            out.println("Problems:");
            issues.stream().limit(ISSUES_IN_TEXT).forEach(issue -> out.printf("  row %d%s [%s] %s%n", issue.row(),
                    issue.columnLetter().isEmpty() ? "" : ", " + issue.columnLetter() + " (" + issue.column() + ")",
                    issue.severity().code(), issue.message()));
            if (listeners.issues().total() > ISSUES_IN_TEXT) {
                out.printf(Locale.US, "  \u2026 and %,d more: use --report FILE.xlsx to get them all next to your data.%n",
                        listeners.issues().total() - ISSUES_IN_TEXT);
            }
        }
        listeners.report().ifPresent(report -> out.printf(Locale.US, "Error report:       %,d rows with problems written%n",
                report.rowsWritten()));
    }

    static int exitCode(ConversionSummary summary) {
        return summary.excluded() > 0 ? ExitCodes.SOME_EXCLUDED : ExitCodes.OK;
    }
}
