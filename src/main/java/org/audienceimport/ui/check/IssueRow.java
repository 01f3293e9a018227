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
     * Only a value read from a column can be corrected: a problem of the whole row names no column, and a
     * merged duplicate names a field rather than a column of the file.
     */
    public boolean editable() {
        return !issue.get().column().isEmpty() && !issue.get().columnLetter().isEmpty();
    }
}
