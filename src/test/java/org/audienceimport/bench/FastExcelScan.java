package org.audienceimport.bench;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Baseline: fastexcel-reader with its default options (no cell formats read). */
final class FastExcelScan implements ReadScan {

    @Override
    public String name() {
        return "fastexcel-reader";
    }

    @Override
    public Result scan(Path file) throws Exception {
        long rows = 0;
        long characters = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = stream.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                rows++;
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    if (cell != null) {
                        characters += cell.getText().length();
                    }
                }
            }
        }
        return new Result(rows, characters);
    }
}
