package org.audienceimport.cli;

import org.audienceimport.source.ReadWarning;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceSummary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of {@code inspect}: a stable contract for scripts (documented in the README). */
final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SummaryJson() {
    }

    static String write(SourceSummary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", summary.fileName());
        root.put("size", summary.fileSize());
        root.put("format", summary.format().code());
        summary.encoding().ifPresent(charset -> root.put("encoding", charset.name()));
        summary.delimiter().ifPresent(delimiter -> root.put("delimiter", String.valueOf(delimiter)));
        if (summary.format().isWorkbook()) {
            ArrayNode sheets = root.putArray("sheets");
            for (SheetInfo sheet : summary.sheets()) {
                sheets.addObject().put("name", sheet.name()).put("hidden", sheet.hidden());
            }
        }
        root.put("sheet", summary.sheet().name());
        root.put("header_row", summary.headerRow());
        ArrayNode columns = root.putArray("columns");
        for (SourceSummary.ColumnSummary column : summary.columns()) {
            ObjectNode node = columns.addObject();
            node.put("letter", column.column().letter());
            node.put("header", column.column().header());
            ArrayNode samples = node.putArray("samples");
            column.samples().forEach(samples::add);
        }
        root.put("rows", summary.rows());
        ArrayNode warnings = root.putArray("warnings");
        for (ReadWarning warning : summary.warnings()) {
            warnings.addObject().put("row", warning.row()).put("column", warning.column())
                    .put("code", warning.code()).put("message", warning.message());
        }
        root.put("warning_count", summary.warningCount());
        return root.toString();
    }
}
