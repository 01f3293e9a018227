package org.audienceimport.source.xls;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.audienceimport.source.FileFormat;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.RowReader;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.source.excel.ExcelCells;
import org.audienceimport.text.Text;

/**
 * Excel 97-2003 workbooks (BIFF8), read with POI's HSSF user model.
 *
 * <p>Why the user model and not the streaming event API: the format itself caps a sheet at 65,536 rows
 * by 256 columns and {@link XlsWorkbookLoader} refuses oversized files, so the workbook held in memory
 * is bounded; in exchange we get POI's well-tested handling of shared strings, RK/MulRK records,
 * formula string results and decryption, and cheap repeated passes over any sheet. Measured: a 45 MB
 * file of 65,536 rows x 30 cells takes about 350 MB of heap (roughly 8x the file); parsing the records
 * costs the same either way, so the event API would save memory but not time.
 */
public final class XlsTableSource implements TableSource {

    private final HSSFWorkbook workbook;
    private final String fileName;
    private final List<SheetInfo> sheets;

    private XlsTableSource(HSSFWorkbook workbook, String fileName) {
        this.workbook = workbook;
        this.fileName = fileName;
        this.sheets = describeSheets(workbook);
    }

    /** Opens the file read-only; the file is closed again before this returns. */
    public static TableSource open(Path file, ReadOptions options) throws SourceException {
        HSSFWorkbook workbook = XlsWorkbookLoader.load(file, options);
        try {
            return new XlsTableSource(workbook, TableSources.quoted(file));
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw XlsWorkbookLoader.damaged(TableSources.quoted(file), e);
        }
    }

    private static List<SheetInfo> describeSheets(HSSFWorkbook workbook) {
        List<SheetInfo> result = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            result.add(new SheetInfo(workbook.getSheetName(i), hidden, i));
        }
        return List.copyOf(result);
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLS;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public RowReader rows(SheetInfo sheet) throws SourceException {
        if (sheet == null || sheet.index() < 0 || sheet.index() >= sheets.size()
                || !sheets.get(sheet.index()).name().equals(sheet.name())) {
            throw new SourceException(SourceException.Problem.NO_SUCH_SHEET,
                    Text.of("source.noSuchSheet", fileName,
                            sheet == null ? Text.of("source.noneChosen") : "\u201C" + sheet.name() + "\u201D", sheetNames()));
        }
        HSSFSheet hssfSheet = workbook.getSheetAt(sheet.index());
        boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        return new XlsRowReader(hssfSheet, new ExcelCells(date1904), fileName);
    }

    private List<String> sheetNames() {
        return sheets.stream().map(s -> "\u201C" + s.name() + "\u201D").toList();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static void closeQuietly(HSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // Already failing; the original problem is the one to report.
        }
    }
}
