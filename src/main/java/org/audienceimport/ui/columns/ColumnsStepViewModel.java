package org.audienceimport.ui.columns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

import org.audienceimport.mapping.AutoMapper;
import org.audienceimport.mapping.ColumnProfile;
import org.audienceimport.mapping.ColumnProfiles;
import org.audienceimport.mapping.CustomType;
import org.audienceimport.mapping.Field;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.mapping.MappingJson;
import org.audienceimport.mapping.Target;
import org.audienceimport.source.SheetTable;
import org.audienceimport.source.SourceException;
import org.audienceimport.text.Text;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.LocalizedText;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.Tasks;
import org.audienceimport.ui.common.UiText;
import org.audienceimport.ui.wizard.StepModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 3: where each column goes. Suggestions come from {@link AutoMapper} over the top rows of the
 * sheet; every change of the user's becomes the session's mapping at once. Suggestions are made again
 * only when the table itself changed (another file, sheet or header row), so going back and forth keeps
 * the user's choices.
 */
public final class ColumnsStepViewModel implements StepModel {

    private static final Logger LOG = LoggerFactory.getLogger(ColumnsStepViewModel.class);

    static final String EMAIL_TRANSACTIONAL = "email_transactional";
    static final String SMS_TRANSACTIONAL = "sms_transactional";
    /** The "Custom property…" item of the choices; its empty name can never be a real property's. */
    static final Target.CustomTarget NEW_CUSTOM = new Target.CustomTarget("", CustomType.STRING, Optional.empty());

    private final ImportSession session;
    private final Tasks tasks;
    private final FieldCatalog catalog;
    private final AutoMapper mapper;
    private final Messages messages;
    private final Settings settings;
    private final MappingJson json;
    private final LocalizedText notice;
    private final ReadOnlyBooleanWrapper remembered = new ReadOnlyBooleanWrapper(this, "remembered");
    // By identity: a row's record hash would hash all its sample values each time.
    private final Map<ColumnRow, Target> suggestions = new java.util.IdentityHashMap<>();

    private final ObservableList<ColumnRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.target()});
    private final ObservableList<Target> choices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final LocalizedText problem;
    private final BooleanBinding valid;
    private final StringBinding reasonInvalid;
    private final BooleanProperty emailTransactional = new SimpleBooleanProperty(this, "emailTransactional", true);
    private final BooleanProperty smsTransactional = new SimpleBooleanProperty(this, "smsTransactional", false);
    private ChosenTable suggestedFor;
    private int generation;

    public ColumnsStepViewModel(ImportSession session, Tasks tasks, FieldCatalog catalog, Messages messages,
                                Settings settings) {
        this.session = session;
        this.settings = settings;
        this.json = new MappingJson(catalog);
        this.tasks = tasks;
        this.catalog = catalog;
        this.mapper = new AutoMapper(catalog);
        this.messages = messages;
        this.notice = new LocalizedText(this, "notice", messages);
        this.problem = new LocalizedText(this, "problem", messages);
        valid = Bindings.createBooleanBinding(() -> reason().isEmpty(), rows, loading, problem.textProperty());
        reasonInvalid = messages.binding(this::reason, rows, loading, problem.textProperty());
        rows.addListener((javafx.collections.ListChangeListener<ColumnRow>) change -> publishMapping());
        emailTransactional.addListener((o, was, is) -> publishMapping());
        smsTransactional.addListener((o, was, is) -> publishMapping());
    }

    @Override
    public void entered() {
        ChosenTable table = session.table();
        if (table == null || (table.sameRowsAs(suggestedFor) && session.mappingProperty().get() != null)) {
            return;
        }
        suggest(table);
    }

    private void suggest(ChosenTable table) {
        int reading = ++generation;
        loading.set(true);
        problem.clear();
        tasks.run(progress -> table.file().read(source -> {
                    try (SheetTable sheet = SheetTable.open(source, table.sheet(), OptionalInt.of(table.headerRow()))) {
                        List<ColumnProfile> profiles = ColumnProfiles.read(sheet);
                        return new Suggested(sheet.columns(), profiles, mapper.suggest(profiles), remembered(sheet.columns()));
                    } catch (java.io.IOException e) {
                        throw new SourceException(SourceException.Problem.NOT_READABLE,
                                Text.of("source.ioErrorShort", "\u201C" + table.file().name() + "\u201D", e.getMessage()), e);
                    }
                }))
                .onSuccess(suggested -> {
                    if (reading == generation) {
                        show(table, suggested);
                    }
                })
                .onError(error -> {
                    if (reading == generation) {
                        problem.set(error instanceof SourceException e ? UiText.engine(e.text())
                                : UiText.key("columns.problem.unexpected"));
                    }
                })
                .andFinally(() -> {
                    if (reading == generation) {
                        loading.set(false);
                    }
                })
                .start();
    }

    /** @param remembered the columns last used for a file with the same headers, if any and usable */
    private record Suggested(List<org.audienceimport.source.Column> columns, List<ColumnProfile> profiles,
                             AutoMapper.Suggestion suggestion, Optional<Mapping> remembered) {
    }

    /** Read with the file, in the background: the settings file and the JSON parser's first use take a while. */
    private Optional<Mapping> remembered(List<org.audienceimport.source.Column> columns) {
        return settings.rememberedColumns(headerKey(columns.stream())).flatMap(text -> {
            try {
                return Optional.of(json.parse(text, "The remembered columns"));
            } catch (MappingException e) {
                LOG.warn("Remembered columns are not usable, suggestions stay: {}", e.getMessage());
                return Optional.empty();
            }
        });
    }

    private void show(ChosenTable table, Suggested suggested) {
        suggestedFor = table;
        Set<Target> options = new LinkedHashSet<>();
        for (Field field : catalog.fields()) {
            options.add(new Target.FieldTarget(field));
        }
        List<ColumnRow> built = new ArrayList<>();
        for (int i = 0; i < suggested.columns().size(); i++) {
            AutoMapper.ColumnSuggestion s = suggested.suggestion().columns().get(i);
            Target target = s.target().orElse(null);
            if (target instanceof Target.NestedTarget) {
                options.add(target);
            }
            built.add(new ColumnRow(suggested.columns().get(i), suggested.profiles().get(i).samples(),
                    suggested.columns().get(i).header().isEmpty() ? null : target, s.confidence(),
                    s.why()));
        }
        List<Target> all = new ArrayList<>();
        all.add(null);
        all.addAll(options);
        all.add(NEW_CUSTOM);
        choices.setAll(all);
        suggestions.clear();
        built.forEach(row -> suggestions.put(row, row.target().get()));
        notice.clear();
        remembered.set(false);
        rows.setAll(built);
        suggested.remembered().ifPresent(mapping -> {
            apply(mapping);
            remembered.set(true);
        });
    }

    private static String headerKey(java.util.stream.Stream<org.audienceimport.source.Column> columns) {
        return HeaderKey.of(columns.map(org.audienceimport.source.Column::header).filter(header -> !header.isEmpty()).toList());
    }

    /** Keeps the columns for the next file with the same headers. */
    @Override
    public void left() {
        Mapping mapping = session.mappingProperty().get();
        if (suggestedFor != null && mapping != null && problem.isEmpty() && !loading.get()) {
            // Written out by the settings' own thread: the JSON writer's first use takes a while.
            settings.rememberColumns(headerKey(rows.stream().map(ColumnRow::column)), () -> json.write(mapping));
        }
    }

    /** Drops the remembered (or loaded) columns and goes back to the suggestions made for this file. */
    public void resetToSuggestions() {
        rows.forEach(row -> row.target().set(suggestions.get(row)));
        remembered.set(false);
        notice.clear();
    }

    public void saveTemplate(Path file) {
        Mapping mapping = session.mappingProperty().get();
        if (mapping == null) {
            return;
        }
        try {
            Files.writeString(file, json.write(mapping), StandardCharsets.UTF_8);
            notice.set(UiText.key("columns.template.saved", file.getFileName().toString()));
        } catch (IOException e) {
            LOG.warn("Template cannot be saved to {}", file, e);
            notice.set(UiText.key("columns.template.notSaved", file.getFileName().toString(), UiText.verbatim(e.getMessage())));
        }
    }

    /** Applies a saved template and says how it went, including which of its columns this file lacks. */
    public void loadTemplate(Path file) {
        try {
            Mapping template = json.read(file);
            int applied = apply(template);
            List<String> missing = template.columns().keySet().stream()
                    .filter(header -> rows.stream().noneMatch(row -> row.column().header().equals(header))).toList();
            remembered.set(false);
            notice.set(missing.isEmpty() ? UiText.key("columns.template.applied", applied)
                    : UiText.key("columns.template.missing", applied,
                    String.join(", ", missing.stream().map(h -> "\u201C" + h + "\u201D").toList())));
        } catch (MappingException e) {
            notice.set(UiText.key("columns.template.unreadable", e.text()));
        }
    }

    /** A column the mapping does not list is not imported, as the mapping file format says. */
    private int apply(Mapping mapping) {
        int applied = 0;
        for (ColumnRow row : rows) {
            Target target = row.mappable() ? mapping.columns().get(row.column().header()) : null;
            if (target != null && !choices.contains(target)) {
                choices.add(target);
            }
            row.target().set(target);
            applied += target == null ? 0 : 1;
        }
        emailTransactional.set(mapping.constants().containsKey(EMAIL_TRANSACTIONAL));
        smsTransactional.set(mapping.constants().containsKey(SMS_TRANSACTIONAL));
        return applied;
    }

    /** A blank form for the "Custom property…" dialog. */
    CustomPropertyForm newCustomProperty() {
        return new CustomPropertyForm(catalog, messages);
    }

    /** Sends a column to a new custom property, which is then offered for the other columns too. */
    public void useCustom(ColumnRow row, Target.CustomTarget target) {
        if (!choices.contains(target)) {
            choices.add(choices.size() - 1, target);
        }
        row.target().set(target);
    }

    /** What the last save, load or template did; empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.textProperty();
    }

    /** True while the columns come from the last import of a file with the same headers. */
    public ReadOnlyBooleanProperty rememberedProperty() {
        return remembered.getReadOnlyProperty();
    }

    /** The user's choices as the mapping the rest of the wizard (and a saved template) uses. */
    private void publishMapping() {
        ChosenTable table = suggestedFor;
        if (table == null) {
            return;
        }
        Map<String, Target> columns = new LinkedHashMap<>();
        for (ColumnRow row : rows) {
            if (row.target().get() != null && row.mappable() && !NEW_CUSTOM.equals(row.target().get())) {
                columns.put(row.column().header(), row.target().get());
            }
        }
        session.mappingProperty().set(new Mapping(Optional.of(table.sheet().name()), OptionalInt.of(table.headerRow()),
                Optional.ofNullable(session.segmentIdProperty().get()), Optional.ofNullable(session.phoneRegionProperty().get()),
                Optional.ofNullable(session.dateOrderProperty().get()), columns, constants(columns)));
    }

    /** The ticked "sent with every contact" values, except where a column already fills that field. */
    private Map<String, JsonNode> constants(Map<String, Target> columns) {
        Set<String> taken = new HashSet<>();
        columns.values().forEach(target -> taken.add(target.slotKey()));
        Map<String, JsonNode> constants = new LinkedHashMap<>();
        if (emailTransactional.get() && !taken.contains(EMAIL_TRANSACTIONAL)) {
            constants.put(EMAIL_TRANSACTIONAL, BooleanNode.TRUE);
        }
        if (smsTransactional.get() && !taken.contains(SMS_TRANSACTIONAL)) {
            constants.put(SMS_TRANSACTIONAL, BooleanNode.TRUE);
        }
        return constants;
    }

    /** "Transactional email: yes" for every contact; on by default, as the platform recommends. */
    public BooleanProperty emailTransactionalProperty() {
        return emailTransactional;
    }

    public BooleanProperty smsTransactionalProperty() {
        return smsTransactional;
    }

    /** True while a column is mapped to the field, which then wins over the constant. */
    public BooleanBinding filledByColumn(String field) {
        return Bindings.createBooleanBinding(() -> rows.stream()
                .anyMatch(row -> row.target().get() != null && row.target().get().slotKey().equals(field)), rows);
    }

    private String reason() {
        if (session.table() == null) {
            return messages.get("sheet.reason.noFile");
        }
        if (loading.get()) {
            return messages.get("columns.reason.reading");
        }
        if (!problem.isEmpty()) {
            return messages.get("columns.reason.problem");
        }
        Map<String, ColumnRow> bySlot = new HashMap<>();
        boolean identifier = false;
        for (ColumnRow row : rows) {
            Target target = row.target().get();
            if (target == null || NEW_CUSTOM.equals(target)) {
                continue;
            }
            ColumnRow other = bySlot.putIfAbsent(target.slotKey(), row);
            if (other != null) {
                return messages.get("columns.reason.twice", other.column().label(), row.column().label(), target.describe());
            }
            identifier |= target instanceof Target.FieldTarget f && f.field().identifier();
        }
        return identifier ? "" : messages.get("columns.reason.noIdentifier");
    }

    public ObservableList<ColumnRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The targets offered for every column, "don’t import" (null) first. */
    public ObservableList<Target> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
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
