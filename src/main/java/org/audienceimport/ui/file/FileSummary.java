package org.audienceimport.ui.file;

import java.util.ArrayList;
import java.util.List;

import org.audienceimport.source.FileFormat;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.TextFormats;

/** The words step 1 uses to say what was found in a file. */
final class FileSummary {

    private static final String SEPARATOR = "  \u00B7  ";

    private final Messages messages;
    private final TextFormats formats;

    FileSummary(Messages messages) {
        this.messages = messages;
        this.formats = new TextFormats(messages);
    }

    /** E.g. "Excel workbook (.xlsx) · 45 KB · 3 sheets, 1 hidden · 1,204 rows". */
    String line(ChosenTable table, long rowCount, boolean counting, long countedSoFar) {
        if (table == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        FileFormat format = table.file().format();
        parts.add(messages.get("format." + format.code()));
        if (table.file().size() >= 0) {
            parts.add(messages.fileSize(table.file().size()));
        }
        if (format.isWorkbook()) {
            parts.add(sheets(table.file().sheets()));
        } else {
            table.file().source().encoding().ifPresent(charset -> parts.add(formats.encoding(charset)));
            table.file().source().delimiter().ifPresent(d -> parts.add(messages.get("summary.delimitedBy", formats.delimiter(d))));
        }
        if (rowCount != ImportSession.UNKNOWN) {
            parts.add(messages.plural("summary.rows", rowCount));
        } else if (counting) {
            parts.add(countedSoFar > 0 ? messages.get("summary.rows.countingSoFar", countedSoFar)
                    : messages.get("summary.rows.counting"));
        }
        return String.join(SEPARATOR, parts);
    }

    private String sheets(List<SheetInfo> sheets) {
        long hidden = sheets.stream().filter(SheetInfo::hidden).count();
        String count = messages.plural("summary.sheets", sheets.size());
        return hidden == 0 ? count : messages.get("summary.sheets.withHidden", count, hidden);
    }

    /** E.g. "Sheet “Contacts”, header in row 3, 7 columns". */
    String sheetLine(ChosenTable table) {
        if (table == null) {
            return "";
        }
        String columns = messages.plural("summary.columns", table.columns().size());
        return table.file().format().isWorkbook()
                ? messages.get("summary.sheetLine", table.sheet().name(), table.headerRow(), columns)
                : messages.get("summary.textLine", table.headerRow(), columns);
    }
}
