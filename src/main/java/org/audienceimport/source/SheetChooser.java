package org.audienceimport.source;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.audienceimport.text.Text;

/** Picks the sheet to read: the one the user named, else the first visible sheet that has data. */
public final class SheetChooser {

    private SheetChooser() {
    }

    public static SheetInfo choose(TableSource source, Optional<String> requested, String fileName) throws SourceException {
        List<SheetInfo> sheets = source.sheets();
        if (requested.isPresent()) {
            return byName(sheets, requested.get(), fileName);
        }
        SheetInfo firstVisible = null;
        for (SheetInfo sheet : sheets) {
            if (sheet.hidden()) {
                continue;
            }
            if (firstVisible == null) {
                firstVisible = sheet;
            }
            if (hasData(source, sheet)) {
                return sheet;
            }
        }
        if (firstVisible != null) {
            return firstVisible;
        }
        if (sheets.isEmpty()) {
            throw new SourceException(SourceException.Problem.NO_DATA,
                    Text.of("source.noSheets", fileName));
        }
        return sheets.getFirst();
    }

    private static SheetInfo byName(List<SheetInfo> sheets, String name, String fileName) throws SourceException {
        for (SheetInfo sheet : sheets) {
            if (sheet.name().equals(name)) {
                return sheet;
            }
        }
        for (SheetInfo sheet : sheets) {
            if (sheet.name().strip().equalsIgnoreCase(name.strip())) {
                return sheet;
            }
        }
        List<Object> available = sheets.stream().<Object>map(s -> s.hidden()
                ? Text.of("source.hiddenSheet", "\u201C" + s.name() + "\u201D") : "\u201C" + s.name() + "\u201D").toList();
        throw new SourceException(SourceException.Problem.NO_SUCH_SHEET,
                Text.of("source.noSheetNamed", fileName, name, available));
    }

    private static boolean hasData(TableSource source, SheetInfo sheet) throws SourceException {
        try (RowReader rows = source.rows(sheet)) {
            Row row;
            while ((row = rows.next()) != null) {
                if (!row.isBlank()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
