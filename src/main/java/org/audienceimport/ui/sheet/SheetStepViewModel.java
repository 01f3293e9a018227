package org.audienceimport.ui.sheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.LocalizedText;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.OpenedFile;
import org.audienceimport.ui.common.TableReader;
import org.audienceimport.ui.common.Tasks;
import org.audienceimport.ui.common.TextFormats;
import org.audienceimport.ui.common.UiText;
import org.audienceimport.ui.wizard.StepModel;

/**
 * Step 2: which sheet, which header row, and (for text files) which encoding and delimiter. Every change
 * re-reads only the top of the sheet; the session then holds the new choice and the rows are recounted.
 * The choices the user edits are plain properties; when the session changes for another reason they are
 * brought in line without counting as an edit.
 */
public final class SheetStepViewModel implements StepModel {

    /** Encodings offered besides "detect": those marketers' exports actually come in. */
    public static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1251"),
            Charset.forName("windows-1252"), Charset.forName("KOI8-R"), Charset.forName("IBM866"),
            StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    private final ImportSession session;
    private final Tasks tasks;
    private final TableReader reader;
    private final Messages messages;
    private final TextFormats formats;

    private final ObservableList<SheetInfo> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<SheetInfo> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final IntegerProperty headerRow = new SimpleIntegerProperty(this, "headerRow", 1);
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>(this, "encoding");
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(this, "delimiter");
    private final ReadOnlyIntegerWrapper lastRow = new ReadOnlyIntegerWrapper(this, "lastRow", 1);
    private final ReadOnlyBooleanWrapper textFile = new ReadOnlyBooleanWrapper(this, "textFile");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final LocalizedText problem;
    private final BooleanBinding valid;
    private final StringBinding reasonInvalid;
    private final StringBinding detected;
    private boolean syncing;
    private int generation;

    public SheetStepViewModel(ImportSession session, Tasks tasks, TableReader reader, Messages messages) {
        this.session = session;
        this.tasks = tasks;
        this.reader = reader;
        this.messages = messages;
        this.formats = new TextFormats(messages);
        this.problem = new LocalizedText(this, "problem", messages);
        valid = Bindings.createBooleanBinding(() -> reason().isEmpty(), session.tableProperty(), loading, problem.textProperty());
        reasonInvalid = messages.binding(this::reason, session.tableProperty(), loading, problem.textProperty());
        detected = messages.binding(this::detectedText, session.tableProperty());
        session.tableProperty().addListener((obs, old, now) -> syncFromSession());
        sheet.addListener((obs, old, now) -> edited(() -> reread(now, OptionalInt.empty())));
        headerRow.addListener((obs, old, now) -> edited(() -> reread(sheet.get(), OptionalInt.of(now.intValue()))));
        encoding.addListener((obs, old, now) -> edited(this::reopen));
        delimiter.addListener((obs, old, now) -> edited(this::reopen));
        syncFromSession();
    }

    private void edited(Runnable action) {
        if (!syncing && session.table() != null) {
            action.run();
        }
    }

    private void syncFromSession() {
        syncing = true;
        try {
            ChosenTable table = session.table();
            if (table == null) {
                // The choices stay as they were: step 2 cannot be reached without a file, and a combo box
                // emptied and refilled while off screen is left showing nothing.
                return;
            }
            if (!sheets.equals(table.file().sheets())) {
                sheets.setAll(table.file().sheets());
            }
            sheet.set(table.sheet());
            List<Row> rows = table.topRows();
            lastRow.set(Math.max(table.headerRow(), rows.isEmpty() ? 1 : rows.getLast().number()));
            headerRow.set(table.headerRow());
            textFile.set(!table.file().format().isWorkbook());
            ReadOptions options = session.readOptionsProperty().get();
            encoding.set(options.encoding().orElse(null));
            delimiter.set(options.delimiter().orElse(null));
        } finally {
            syncing = false;
        }
    }

    private void reread(SheetInfo chosenSheet, OptionalInt header) {
        if (chosenSheet == null) {
            return;
        }
        OpenedFile file = session.table().file();
        run(progress -> reader.read(file, chosenSheet, header), file, table -> session.chooseTable(table));
    }

    /** A new encoding or delimiter changes every value: the file is opened afresh with them. */
    private void reopen() {
        OpenedFile file = session.table().file();
        ReadOptions options = session.readOptionsProperty().get().withEncoding(encoding.get()).withDelimiter(delimiter.get());
        run(progress -> reader.open(file.path(), options), file, table -> session.startOver(table, options));
    }

    private void run(Tasks.Work<ChosenTable> work, OpenedFile file, java.util.function.Consumer<ChosenTable> use) {
        int reading = ++generation;
        loading.set(true);
        problem.clear();
        tasks.run(work)
                .onSuccess(table -> {
                    boolean current = reading == generation && session.table() != null && session.table().file() == file;
                    if (current) {
                        use.accept(table);
                    } else if (table.file() != file) {
                        table.file().close();
                    }
                })
                .onError(error -> {
                    if (reading == generation) {
                        problem.set(error instanceof SourceException e ? UiText.engine(e.text())
                                : UiText.key("sheet.problem.unexpected"));
                    }
                })
                .andFinally(() -> {
                    if (reading == generation) {
                        loading.set(false);
                    }
                })
                .start();
    }

    private String reason() {
        ChosenTable table = session.table();
        if (table == null) {
            return messages.get("sheet.reason.noFile");
        }
        if (loading.get()) {
            return messages.get("sheet.reason.reading");
        }
        if (!problem.isEmpty()) {
            return messages.get("sheet.reason.problem");
        }
        if (table.columns().isEmpty() || table.columns().stream().allMatch(c -> c.header().isEmpty())) {
            return messages.get("sheet.reason.noHeader");
        }
        if (table.topRows().stream().noneMatch(r -> r.number() > table.headerRow())) {
            return messages.get("sheet.reason.noRows");
        }
        return "";
    }

    private String detectedText() {
        ChosenTable table = session.table();
        if (table == null || table.file().format().isWorkbook()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        table.file().source().encoding().ifPresent(c -> parts.add(formats.encoding(c)));
        table.file().source().delimiter().ifPresent(d -> parts.add(formats.delimiter(d)));
        return messages.get("sheet.readAs", String.join(", ", parts));
    }

    @Override
    public void entered() {
        syncFromSession();
    }

    public ObservableList<SheetInfo> sheets() {
        return FXCollections.unmodifiableObservableList(sheets);
    }

    public ObjectProperty<SheetInfo> sheetProperty() {
        return sheet;
    }

    /** The header's row number as the user sees it. */
    public IntegerProperty headerRowProperty() {
        return headerRow;
    }

    /** The last row number the header may be moved to: the end of what the preview has read. */
    public ReadOnlyIntegerProperty lastRowProperty() {
        return lastRow.getReadOnlyProperty();
    }

    /** The chosen encoding, or null to detect it. */
    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    /** The chosen delimiter, or null to detect it. */
    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public ReadOnlyBooleanProperty textFileProperty() {
        return textFile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
    }

    public ReadOnlyObjectProperty<ChosenTable> tableProperty() {
        return session.tableProperty();
    }

    /** How a text file is being read, e.g. "Read as UTF-8, comma". */
    public StringBinding detected() {
        return detected;
    }

    @Override
    public BooleanBinding valid() {
        return valid;
    }

    @Override
    public StringBinding reasonInvalid() {
        return reasonInvalid;
    }
}
