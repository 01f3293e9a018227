package org.audienceimport.convert.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.audienceimport.convert.Issue;
import org.audienceimport.convert.Severity;
import org.audienceimport.text.Text;

/**
 * The columns the report adds in front of the original ones, and how they are filled, in the language of
 * whoever asked for the report: English from the command line, the wizard's language from the wizard.
 */
final class ReportColumns {

    /** Row, Severity, Problems. */
    static final int LEADING = 3;
    static final int PROBLEMS_COLUMN = 2;
    static final String SEPARATOR = "; ";

    private final Locale locale;
    private final String error;
    private final String warning;

    ReportColumns(Locale locale) {
        this.locale = locale;
        this.error = Text.of("convert.report.severity.error").in(locale);
        this.warning = Text.of("convert.report.severity.warning").in(locale);
    }

    List<String> header(List<String> originalHeaders) {
        List<String> header = new ArrayList<>(LEADING + originalHeaders.size());
        header.add(Text.of("convert.report.column.row").in(locale));
        header.add(Text.of("convert.report.column.severity").in(locale));
        header.add(Text.of("convert.report.column.problems").in(locale));
        for (String original : originalHeaders) {
            header.add(original == null ? "" : original);
        }
        return header;
    }

    /** The sheet of an .xlsx report. */
    String sheetName() {
        return Text.of("convert.report.sheet").in(locale);
    }

    /** "Error" when any problem is an error, "Warning" when all are warnings, "" when there are none. */
    String severity(List<Issue> issues) {
        if (issues.isEmpty()) {
            return "";
        }
        boolean anyError = issues.stream().anyMatch(issue -> issue.severity() == Severity.ERROR);
        return anyError ? error : warning;
    }

    String problems(List<Issue> issues) {
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(issue.text().in(locale));
        }
        return text.toString();
    }
}
