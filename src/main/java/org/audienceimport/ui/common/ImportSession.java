package org.audienceimport.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.audienceimport.convert.ConversionSummary;
import org.audienceimport.mapping.DateOrder;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.source.ReadOptions;

/**
 * Everything the wizard has learned and the user has chosen so far, one typed property per fact, passed
 * to every step. Going back never clears it; choosing another file does (via {@link #startOver}).
 */
public final class ImportSession implements AutoCloseable {

    /** Not yet known: the rows are being counted, or nothing is open. */
    public static final long UNKNOWN = -1;

    private final ObjectProperty<ReadOptions> readOptions = new SimpleObjectProperty<>(this, "readOptions", ReadOptions.DETECT);
    private final ObjectProperty<ChosenTable> table = new SimpleObjectProperty<>(this, "table");
    private final LongProperty rowCount = new SimpleLongProperty(this, "rowCount", UNKNOWN);
    private final LongProperty rowsCountedSoFar = new SimpleLongProperty(this, "rowsCountedSoFar");
    private final BooleanProperty countingRows = new SimpleBooleanProperty(this, "countingRows");
    private final ObjectProperty<Mapping> mapping = new SimpleObjectProperty<>(this, "mapping");
    private final ObjectProperty<Long> segmentId = new SimpleObjectProperty<>(this, "segmentId");
    private final StringProperty phoneRegion = new SimpleStringProperty(this, "phoneRegion");
    private final ObjectProperty<DateOrder> dateOrder = new SimpleObjectProperty<>(this, "dateOrder");
    private final ObjectProperty<ConversionSummary> validation = new SimpleObjectProperty<>(this, "validation");
    private final ObjectProperty<ValueEdits> edits = new SimpleObjectProperty<>(this, "edits", ValueEdits.NONE);
    private final ObjectProperty<UploadState> upload = new SimpleObjectProperty<>(this, "upload", UploadState.NOT_STARTED);
    private final ObjectProperty<java.nio.file.Path> preparedFolder = new SimpleObjectProperty<>(this, "preparedFolder");
    private final ObjectProperty<java.nio.file.Path> errorReport = new SimpleObjectProperty<>(this, "errorReport");
    private final BooleanProperty practice = new SimpleBooleanProperty(this, "practice");
    private final ObjectProperty<org.audienceimport.upload.UploadReport> report = new SimpleObjectProperty<>(this, "report");

    /** The read options for the current file (encoding, delimiter, password); empty parts are detected. */
    public ObjectProperty<ReadOptions> readOptionsProperty() {
        return readOptions;
    }

    /** The file, sheet, header row and top rows in use; null until a file has been read. */
    public ObjectProperty<ChosenTable> tableProperty() {
        return table;
    }

    public ChosenTable table() {
        return table.get();
    }

    /** Data rows below the header of the chosen sheet, or {@link #UNKNOWN}. */
    public LongProperty rowCountProperty() {
        return rowCount;
    }

    public LongProperty rowsCountedSoFarProperty() {
        return rowsCountedSoFar;
    }

    public BooleanProperty countingRowsProperty() {
        return countingRows;
    }

    public ObjectProperty<Mapping> mappingProperty() {
        return mapping;
    }

    /** The segment the contacts are added to; null for none. */
    public ObjectProperty<Long> segmentIdProperty() {
        return segmentId;
    }

    /** ISO region for phone numbers written without a country code, e.g. RU. */
    public StringProperty phoneRegionProperty() {
        return phoneRegion;
    }

    public ObjectProperty<DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    /** The result of checking every row (step 5); null until checked. */
    public ObjectProperty<ConversionSummary> validationProperty() {
        return validation;
    }

    /** Values corrected in the check (step 5); they belong to the rows of the current table. */
    public ObjectProperty<ValueEdits> editsProperty() {
        return edits;
    }

    public ObjectProperty<UploadState> uploadProperty() {
        return upload;
    }

    /** A folder made by "prepare", sent instead of a file (steps 2 to 5 are then not needed); null for a file. */
    public ObjectProperty<java.nio.file.Path> preparedFolderProperty() {
        return preparedFolder;
    }

    /** The error report last exported in the check (step 5), offered again on step 7; null for none. */
    public ObjectProperty<java.nio.file.Path> errorReportProperty() {
        return errorReport;
    }

    /** True while the user tries the app with the sample data against the built-in sandbox. */
    public BooleanProperty practiceProperty() {
        return practice;
    }

    /** How the last upload ended (step 7); null until one ended. */
    public ObjectProperty<org.audienceimport.upload.UploadReport> reportProperty() {
        return report;
    }

    /**
     * Switches to a newly read file: closes the previous one and forgets what belonged to it. The password
     * of the previous file is wiped from memory.
     */
    public void startOver(ChosenTable newTable, ReadOptions options) {
        ChosenTable old = table.get();
        ReadOptions oldOptions = readOptions.get();
        mapping.set(null);
        validation.set(null);
        edits.set(ValueEdits.NONE);
        upload.set(UploadState.NOT_STARTED);
        report.set(null);
        preparedFolder.set(null);
        errorReport.set(null);
        readOptions.set(options);
        table.set(newTable);
        if (old != null && (newTable == null || old.file() != newTable.file())) {
            old.file().close();
        }
        if (oldOptions != options) {
            oldOptions.password().filter(p -> options.password().map(q -> q != p).orElse(true))
                    .ifPresent(p -> java.util.Arrays.fill(p, '\0'));
        }
    }

    /** Another sheet or header row of the same file. */
    public void chooseTable(ChosenTable newTable) {
        if (table.get() != null && !newTable.sameRowsAs(table.get())) {
            mapping.set(null);
            validation.set(null);
            edits.set(ValueEdits.NONE);
            errorReport.set(null);
        }
        table.set(newTable);
    }

    @Override
    public void close() {
        ChosenTable current = table.get();
        if (current != null) {
            current.file().close();
        }
    }
}
