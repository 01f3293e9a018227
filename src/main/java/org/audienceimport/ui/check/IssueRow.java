package org.audienceimport.ui.check;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.audienceimport.convert.Issue;

/** One line of the issue table; its issue changes when the user corrects the value. */
public final class IssueRow {

    private final ReadOnlyObjectWrapper<Issue> issue;

    IssueRow(Issue issue) {
        this.issue = new ReadOnlyObjectWrapper<>(this, "issue", issue);
    }

    public ReadOnlyObjectProperty<Issue> issueProperty() {
        return issue.getReadOnlyProperty();
    }

    public Issue issue() {
        return issue.get();
    }

    void update(Issue now) {
        issue.set(now);
    }

    /**
     * Only a wrong value read from a column can be corrected: a problem of the whole row names no column,
     * and a merged duplicate is two rows agreeing, not a wrong value (its value is the one matched on, as
     * normalised), so a correction in place could not tell whether the new value meets yet another row.
     */
    public boolean editable() {
        Issue shown = issue.get();
        return !shown.column().isEmpty() && !shown.columnLetter().isEmpty() && !MERGED_DUPLICATE.equals(shown.code());
    }

    private static final String MERGED_DUPLICATE = "duplicate_merged";
}
