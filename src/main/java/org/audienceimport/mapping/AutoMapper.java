package org.audienceimport.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.node.BooleanNode;

import org.audienceimport.text.Text;

/**
 * Suggests a mapping for a file never seen before: headers matched to fields (exactly, by synonym, or
 * fuzzily), columns without a telling header recognised by their values, each with a confidence for the
 * user to judge. Never maps two columns to one field.
 */
public final class AutoMapper {

    static final double EXACT = 1.0;
    static final double SYNONYM = 0.95;
    static final double NESTED = 0.9;
    private static final double FUZZY_FLOOR = 0.8;
    private static final double FUZZY_WEIGHT = 0.85;
    private static final int MAX_SLOTS = 10;

    private final FieldCatalog catalog;

    public AutoMapper(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    /** One column's suggestion: where it goes (or nowhere), how sure, and why. */
    public record ColumnSuggestion(String header, Optional<Target> target, double confidence, Text why) {
        /** Why, in English, as the command line shows it; "" when nothing was suggested. */
        public String reason() {
            return why.english();
        }
    }

    /** The suggestions in column order, and the mapping they make. */
    public record Suggestion(List<ColumnSuggestion> columns, Mapping mapping) {
    }

    private record Candidate(int column, Target target, double score, Text reason, boolean slotFromHeader) {
    }

    public Suggestion suggest(List<ColumnProfile> columns) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            candidates.addAll(candidatesFor(i, columns.get(i)));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::column));
        Map<Integer, Candidate> chosen = new LinkedHashMap<>();
        Set<String> takenSlots = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (chosen.containsKey(candidate.column())) {
                continue;
            }
            Optional<Candidate> placed = place(candidate, takenSlots);
            placed.ifPresent(c -> {
                chosen.put(c.column(), c);
                takenSlots.add(c.target().slotKey());
            });
        }
        List<ColumnSuggestion> suggestions = new ArrayList<>();
        Map<String, Target> mapped = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Candidate c = chosen.get(i);
            String header = columns.get(i).header();
            if (c == null) {
                suggestions.add(new ColumnSuggestion(header, Optional.empty(), 0, Text.of("mapping.why.nothing")));
            } else {
                suggestions.add(new ColumnSuggestion(header, Optional.of(c.target()), c.score(), c.reason()));
                if (!header.isEmpty()) {
                    mapped.put(header, c.target());
                }
            }
        }
        Map<String, com.fasterxml.jackson.databind.JsonNode> constants = new LinkedHashMap<>();
        if (!takenSlots.contains("email_transactional")) {
            // The platform recommends always sending it; the user can take it out.
            constants.put("email_transactional", BooleanNode.TRUE);
        }
        Mapping mapping = new Mapping(Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), mapped, constants);
        return new Suggestion(suggestions, mapping);
    }

    /** A nested field without a number in its header moves to the next free slot (car 1, car 2 …). */
    private static Optional<Candidate> place(Candidate candidate, Set<String> takenSlots) {
        if (!takenSlots.contains(candidate.target().slotKey())) {
            return Optional.of(candidate);
        }
        if (candidate.target() instanceof Target.NestedTarget nested && !candidate.slotFromHeader()) {
            for (int slot = nested.slot() + 1; slot < MAX_SLOTS; slot++) {
                Target next = new Target.NestedTarget(nested.group(), slot, nested.field());
                if (!takenSlots.contains(next.slotKey())) {
                    return Optional.of(new Candidate(candidate.column(), next, candidate.score(), candidate.reason(), false));
                }
            }
        }
        return Optional.empty();
    }

    private List<Candidate> candidatesFor(int column, ColumnProfile profile) {
        List<Candidate> candidates = new ArrayList<>();
        String header = HeaderText.fold(profile.header());
        if (!header.isEmpty()) {
            for (Field field : catalog.fields()) {
                headerScore(field, header).ifPresent(s -> candidates.add(
                        new Candidate(column, new Target.FieldTarget(field), s.score(), s.reason(), false)));
            }
            String bare = HeaderText.withoutNumbers(profile.header());
            int number = HeaderText.number(profile.header());
            for (String group : catalog.groupNames()) {
                for (Field field : catalog.groupFields(group)) {
                    if (matchesExactly(field, bare)) {
                        int slot = number >= 1 && number <= MAX_SLOTS ? number - 1 : 0;
                        candidates.add(new Candidate(column, new Target.NestedTarget(group, slot, field), NESTED,
                                Text.of("mapping.why.headerMatches", Text.inLanguages(field.labels(), field.name())), number >= 1));
                    }
                }
            }
        }
        ContentSniffer.sniff(profile.samples()).ifPresent(guess -> {
            Field field = catalog.field(guess.field()).orElseThrow();
            boolean headerAgrees = candidates.stream().anyMatch(c -> c.target().slotKey().equals(field.name()));
            double score = headerAgrees ? 1.0 : Math.min(0.9, 0.5 + 0.4 * guess.share());
            candidates.removeIf(c -> headerAgrees && c.target().slotKey().equals(field.name()));
            candidates.add(new Candidate(column, new Target.FieldTarget(field), score,
                    headerAgrees ? Text.of("mapping.why.headerAndValues", field.name()) : guess.reason(), false));
        });
        return candidates;
    }

    private record Score(double score, Text reason) {
    }

    private static Optional<Score> headerScore(Field field, String header) {
        if (header.equals(HeaderText.fold(field.name()))
                || field.labels().values().stream().anyMatch(l -> HeaderText.fold(l).equals(header))) {
            return Optional.of(new Score(EXACT, Text.of("mapping.why.exact")));
        }
        for (String synonym : field.synonyms()) {
            if (HeaderText.fold(synonym).equals(header)) {
                return Optional.of(new Score(SYNONYM, Text.of("mapping.why.synonym", "\u201C" + header + "\u201D", field.name())));
            }
        }
        if (header.length() < 4) {
            return Optional.empty();
        }
        double best = 0;
        String closest = null;
        for (String name : names(field)) {
            double similarity = TextDistance.similarity(HeaderText.fold(name), header);
            if (similarity > best) {
                best = similarity;
                closest = name;
            }
        }
        if (best >= FUZZY_FLOOR) {
            return Optional.of(new Score(best * FUZZY_WEIGHT, Text.of("mapping.why.close", "\u201C" + closest + "\u201D")));
        }
        return Optional.empty();
    }

    private static boolean matchesExactly(Field field, String folded) {
        return names(field).stream().anyMatch(n -> HeaderText.fold(n).equals(folded));
    }

    private static List<String> names(Field field) {
        List<String> names = new ArrayList<>(field.synonyms());
        names.add(field.name());
        names.addAll(field.labels().values());
        return names;
    }
}
