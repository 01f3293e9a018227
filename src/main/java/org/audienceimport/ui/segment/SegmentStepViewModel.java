package org.audienceimport.ui.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.audienceimport.convert.normalise.PhoneRegions;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.DateOrder;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.ui.common.Messages;
import org.audienceimport.ui.common.RecentSegment;
import org.audienceimport.ui.common.Settings;
import org.audienceimport.ui.common.Tasks;
import org.audienceimport.ui.wizard.StepModel;

/**
 * Step 4: the general list or a static segment, the country of phone numbers written without a country
 * code, and the order of day and month in dates. Every choice goes to the session at once, into the
 * mapping the check and the upload use; examples from the file show what each choice does.
 */
public final class SegmentStepViewModel implements StepModel {

    private final ImportSession session;
    private final Settings settings;
    private final Messages messages;
    private final ValueExamples examples;

    private final BooleanProperty toSegment = new SimpleBooleanProperty(this, "toSegment");
    private final StringProperty segmentText = new SimpleStringProperty(this, "segmentText", "");
    private final StringProperty segmentLabel = new SimpleStringProperty(this, "segmentLabel", "");
    private final ObjectProperty<String> phoneRegion = new SimpleObjectProperty<>(this, "phoneRegion");
    private final ObjectProperty<DateOrder> dateOrder = new SimpleObjectProperty<>(this, "dateOrder");
    private final ObservableList<RecentSegment> recentSegments = FXCollections.observableArrayList();
    private final List<String> regions = PhoneRegions.all();
    private final ObservableList<String> regionChoices = FXCollections.observableArrayList();
    private final Tasks tasks;
    private RegionNames regionNames = RegionNames.none(Locale.ROOT);
    private final ObservableList<Example> phoneExamples = FXCollections.observableArrayList();
    private final ObservableList<Example> dateExamples = FXCollections.observableArrayList();
    // Made once: an unmodifiable view listens to its list weakly, so a view made per call could be collected
    // together with the listeners added to it.
    private final ObservableList<RecentSegment> recentSegmentsView = FXCollections.unmodifiableObservableList(recentSegments);
    private final ObservableList<String> regionChoicesView = FXCollections.unmodifiableObservableList(regionChoices);
    private final ObservableList<Example> phoneExamplesView = FXCollections.unmodifiableObservableList(phoneExamples);
    private final ObservableList<Example> dateExamplesView = FXCollections.unmodifiableObservableList(dateExamples);
    private final StringBinding segmentProblem;
    private final BooleanBinding valid;
    private final StringBinding reasonInvalid;

    /**
     * @param systemLocale its country is the default phone region (none when the system names no country)
     */
    public SegmentStepViewModel(ImportSession session, Settings settings, Messages messages, ValueNormalisers normalisers,
                                Locale systemLocale, LocalDate today, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.settings = settings;
        this.messages = messages;
        this.examples = new ValueExamples(normalisers, today, messages::locale);
        phoneRegion.set(PhoneRegions.canonical(systemLocale.getCountry()).orElse(null));
        // Until the names are sorted in the background, the list offers what is chosen.
        regionChoices.setAll(java.util.Arrays.asList(null, phoneRegion.get()).stream().distinct().toList());
        sortRegionNames();
        recentSegments.setAll(settings.recentSegments());
        segmentProblem = messages.binding(this::problem, toSegment, segmentText);
        valid = Bindings.createBooleanBinding(() -> problem().isEmpty(), toSegment, segmentText);
        reasonInvalid = messages.binding(this::problem, toSegment, segmentText);
        toSegment.addListener((obs, old, now) -> publish());
        segmentText.addListener((obs, old, now) -> publish());
        phoneRegion.addListener((obs, old, now) -> {
            publish();
            refreshExamples();
        });
        dateOrder.addListener((obs, old, now) -> {
            publish();
            refreshExamples();
        });
        messages.localeProperty().addListener((obs, old, now) -> {
            refreshExamples();
            sortRegionNames();
        });
        session.mappingProperty().addListener((obs, old, now) -> {
            if (now != null && !carriesChoices(now)) {
                publish();
            }
        });
        publish();
    }

    @Override
    public void entered() {
        publish();
        refreshExamples();
    }

    /** Remembers the segment for next time, once the user moves on with it. */
    @Override
    public void left() {
        segmentId().ifPresent(id -> {
            settings.addRecentSegment(new RecentSegment(id, segmentLabel.get()));
            recentSegments.setAll(settings.recentSegments());
        });
    }

    /** Fills the segment from one used before. */
    public void useRecent(RecentSegment segment) {
        if (segment == null) {
            return;
        }
        toSegment.set(true);
        segmentText.set(Long.toString(segment.id()));
        segmentLabel.set(segment.label());
    }

    /** The segment chosen, when a valid one is. */
    public Optional<Long> segmentId() {
        if (!toSegment.get()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(segmentText.get().strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String problem() {
        if (!toSegment.get()) {
            return "";
        }
        String text = segmentText.get() == null ? "" : segmentText.get().strip();
        if (text.isEmpty()) {
            return messages.get("segment.problem.empty");
        }
        if (!text.matches("\\d+")) {
            return messages.get("segment.problem.notNumber", text);
        }
        return segmentId().isPresent() ? "" : messages.get("segment.problem.notPositive");
    }

    private void publish() {
        session.segmentIdProperty().set(segmentId().orElse(null));
        session.phoneRegionProperty().set(phoneRegion.get());
        session.dateOrderProperty().set(dateOrder.get());
        Mapping mapping = session.mappingProperty().get();
        if (mapping != null && !carriesChoices(mapping)) {
            session.mappingProperty().set(new Mapping(mapping.sheet(), mapping.headerRow(), segmentId(),
                    Optional.ofNullable(phoneRegion.get()), Optional.ofNullable(dateOrder.get()),
                    mapping.columns(), mapping.constants()));
        }
    }

    private boolean carriesChoices(Mapping mapping) {
        return mapping.segmentId().equals(segmentId()) && mapping.phoneRegion().equals(Optional.ofNullable(phoneRegion.get()))
                && mapping.dateOrder().equals(Optional.ofNullable(dateOrder.get()));
    }

    private void refreshExamples() {
        phoneExamples.setAll(examples.phones(session.table(), session.mappingProperty().get(), phoneRegion.get()));
        dateExamples.setAll(examples.dates(session.table(), session.mappingProperty().get(), dateOrder.get()));
    }

    private void sortRegionNames() {
        Locale locale = messages.locale();
        tasks.run(progress -> RegionNames.in(locale, regions))
                .onSuccess(names -> {
                    if (names.locale().equals(messages.locale())) {
                        regionNames = names;
                        List<String> choices = new ArrayList<>(names.sorted());
                        choices.addFirst(null);
                        regionChoices.setAll(choices);
                    }
                })
                .start();
    }

    /** A region as the list shows it: its name in the UI language and its calling code. */
    public String regionName(String region) {
        if (region == null) {
            return messages.get("segment.region.none");
        }
        String country = regionNames.country(region, messages.locale());
        return messages.get("segment.region.name", country, Integer.toString(PhoneRegions.callingCode(region)));
    }

    /**
     * The regions to choose from, "none" first, then sorted by their names in the UI language. Until that
     * sorting, made in the background, has ended, only "none" and the region chosen.
     */
    public ObservableList<String> regionChoices() {
        return regionChoicesView;
    }

    public BooleanProperty toSegmentProperty() {
        return toSegment;
    }

    public StringProperty segmentTextProperty() {
        return segmentText;
    }

    public StringProperty segmentLabelProperty() {
        return segmentLabel;
    }

    public ObjectProperty<String> phoneRegionProperty() {
        return phoneRegion;
    }

    /** Null: read the order from the file's values. */
    public ObjectProperty<DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    public ObservableList<RecentSegment> recentSegments() {
        return recentSegmentsView;
    }

    public ObservableList<Example> phoneExamples() {
        return phoneExamplesView;
    }

    public ObservableList<Example> dateExamples() {
        return dateExamplesView;
    }

    /** What is wrong with the segment number; empty when it is fine. */
    public StringBinding segmentProblem() {
        return segmentProblem;
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
