package org.audienceimport.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.audienceimport.source.ReadWarning;
import org.audienceimport.source.SourceSummary;

/** The human-readable form of {@code inspect}. */
final class SummaryText {

    private static final int MAX_SAMPLE_WIDTH = 60;
    private static final int MAX_WARNINGS_SHOWN = 20;

    private SummaryText() {
    }

    static void write(SourceSummary summary, PrintWriter out) {
        out.printf(Locale.ROOT, "File:        %s (%s, %s)%n", summary.fileName(), summary.format().description(),
                humanSize(summary.fileSize()));
        summary.encoding().ifPresent(charset -> out.printf("Encoding:    %s%n", charset.name()));
        summary.delimiter().ifPresent(d -> out.printf("Delimiter:   %s%n", Delimiters.describe(d)));
        if (summary.format().isWorkbook()) {
            out.printf("Sheets:      %s%n", summary.sheets().stream()
                    .map(s -> s.name() + (s.hidden() ? " (hidden)" : "")).collect(Collectors.joining(", ")));
            out.printf("Sheet read:  %s%n", summary.sheet().name());
        }
        out.printf("Header row:  %d%n", summary.headerRow());
        out.printf(Locale.US, "Data rows:   %,d%n", summary.rows());
        out.printf("Columns:     %d%n", summary.columns().size());
        int headerWidth = summary.columns().stream().mapToInt(c -> c.column().label().length()).max().orElse(0);
        headerWidth = Math.min(headerWidth, 30);
        for (SourceSummary.ColumnSummary column : summary.columns()) {
            String samples = String.join(" | ", column.samples());
            if (samples.length() > MAX_SAMPLE_WIDTH) {
                samples = samples.substring(0, MAX_SAMPLE_WIDTH - 1) + "\u2026";
            }
            out.printf("  %-3s %-" + headerWidth + "s  %s%n", column.column().letter(), column.column().label(),
                    samples.replace('\n', ' ').replace('\r', ' '));
        }
        if (summary.warningCount() > 0) {
            out.printf(Locale.US, "Warnings:    %,d%n", summary.warningCount());
            summary.warnings().stream().limit(MAX_WARNINGS_SHOWN).map(SummaryText::describe).forEach(out::println);
            if (summary.warningCount() > MAX_WARNINGS_SHOWN) {
                out.printf(Locale.US, "  \u2026 and %,d more (use --json to see the first %d)%n",
                        summary.warningCount() - MAX_WARNINGS_SHOWN, summary.warnings().size());
            }
        }
    }

    private static String describe(ReadWarning warning) {
        String where = warning.column().isEmpty() ? "row " + warning.row() : warning.column() + warning.row();
        return "  " + where + ": " + warning.message();
    }

    static String humanSize(long bytes) {
        if (bytes < 0) {
            return "size unknown";
        }
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.US, "%.1f %s", value, units[unit]);
    }
}
