package org.audienceimport.ui.common;

import java.util.Arrays;
import java.util.List;

import org.audienceimport.text.Text;

/**
 * What to say, kept apart from the words: a ViewModel holds a {@code UiText} and the view shows it in the
 * language chosen at the moment, so a message shown before a language switch is shown again in the new one.
 * Arguments that are themselves a {@code UiText} or an engine {@link Text} are rendered in the same language.
 */
public sealed interface UiText {

    UiText NONE = new Verbatim("");

    /** The text in the current language of {@code messages}. */
    String in(Messages messages);

    /** A key of the UI's own bundle, with its arguments. */
    static UiText key(String key, Object... args) {
        return new Keyed(key, List.of(nonNull(args)));
    }

    /** A counted phrase of the UI's bundle ({@link Messages#plural}). */
    static UiText plural(String key, long count, Object... moreArgs) {
        return new Counted(key, count, List.of(nonNull(moreArgs)));
    }

    /** A message of the engine, as the wizard shows it (without the command line's hints). */
    static UiText engine(Text text) {
        return new Engine(text);
    }

    /** Words that are the same in every language: what a server or the operating system said. */
    static UiText verbatim(String text) {
        return new Verbatim(text == null ? "" : text);
    }

    private static Object[] nonNull(Object[] args) {
        return Arrays.stream(args).map(arg -> arg == null ? "" : arg).toArray();
    }

    private static Object[] rendered(List<Object> args, Messages messages) {
        return args.stream().map(arg -> switch (arg) {
            case UiText text -> text.in(messages);
            case Text text -> EngineMessages.forDesktop(text, messages.locale());
            default -> arg;
        }).toArray();
    }

    record Keyed(String key, List<Object> args) implements UiText {
        @Override
        public String in(Messages messages) {
            return messages.get(key, rendered(args, messages));
        }
    }

    record Counted(String key, long count, List<Object> args) implements UiText {
        @Override
        public String in(Messages messages) {
            return messages.plural(key, count, rendered(args, messages));
        }
    }

    record Engine(Text text) implements UiText {
        @Override
        public String in(Messages messages) {
            return EngineMessages.forDesktop(text, messages.locale());
        }
    }

    record Verbatim(String text) implements UiText {
        @Override
        public String in(Messages messages) {
            return EngineMessages.forDesktop(text);
        }
    }
}
