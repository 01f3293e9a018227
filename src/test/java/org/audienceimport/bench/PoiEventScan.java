package org.audienceimport.bench;

import java.io.InputStream;
import java.nio.file.Path;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** Baseline: POI's streaming SAX API, the usual way to read a large .xlsx with POI. */
final class PoiEventScan implements ReadScan {

    @Override
    public String name() {
        return "POI event API";
    }

    @Override
    public Result scan(Path file) throws Exception {
        Counter counter = new Counter();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, counter, new DataFormatter(), false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        return new Result(counter.rows, counter.characters);
    }

    private static final class Counter implements XSSFSheetXMLHandler.SheetContentsHandler {
        long rows;
        long characters;

        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
            rows++;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            characters += formattedValue.length();
        }
    }
}
