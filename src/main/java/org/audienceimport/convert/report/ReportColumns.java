package org.audienceimport.convert.report;

import java.util.ArrayList;
import java.util.List;

import org.audienceimport.convert.Issue;
import org.audienceimport.convert.Severity;

/** The columns the report adds in front of the original ones, and how they are filled. */
final class ReportColumns {

    static final List<String> LEADING = List.of("Row", "Severity", "Problems");
    static final String SEPARATOR = "; ";

    private ReportColumns() {
    }

    static List<String> header(List<String> originalHeaders) {
        List<String> header = new ArrayList<>(LEADING.size() + originalHeaders.size());
        header.addAll(LEADING);
        for (String original : originalHeaders) {
            header.add(original == null ? "" : original);
        }
        return header;
    }

    /** "Error" when any problem is an error, "Warning" when all are warnings, "" when there are none. */
    static String severity(List<Issue> issues) {
        if (issues.isEmpty()) {
            return "";
        }
        boolean error = issues.stream().anyMatch(issue -> issue.severity() == Severity.ERROR);
        return error ? "Error" : "Warning";
    }

    static String problems(List<Issue> issues) {
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(issue.message());
        }
        return text.toString();
    }
}
