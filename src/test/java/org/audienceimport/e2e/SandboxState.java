package org.audienceimport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.audienceimport.sandbox.Profile;
import org.audienceimport.sandbox.SandboxServer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Checks what the sandbox holds against what a generated file must give. */
final class SandboxState {

    private SandboxState() {
    }

    /**
     * Every expected contact is there with exactly the expected fields and segment, and nothing else is:
     * as many profiles as expected contacts, each found by its email (or, without one, by its phone).
     */
    static void holdsExactly(SandboxServer sandbox, GeneratedAudience audience) {
        assertThat(sandbox.profiles()).as("profiles in the sandbox").hasSize(audience.contacts());
        for (Map.Entry<String, ObjectNode> contact : audience.contactsByEmail().entrySet()) {
            Profile profile = sandbox.profileWithEmail(contact.getKey())
                    .orElseThrow(() -> new AssertionError("no profile for " + contact.getKey()));
            assertThat(GeneratedAudience.fields(profile.fields())).as(contact.getKey())
                    .isEqualTo(GeneratedAudience.fields(contact.getValue()));
            assertThat(profile.segments()).as("segments of " + contact.getKey()).containsExactly(GeneratedAudience.SEGMENT);
        }
        for (Map.Entry<String, ObjectNode> contact : audience.phoneOnlyContacts().entrySet()) {
            Profile profile = sandbox.profileWithPhone(contact.getKey())
                    .orElseThrow(() -> new AssertionError("no profile for phone " + contact.getKey()));
            assertThat(GeneratedAudience.fields(profile.fields())).as(contact.getKey())
                    .isEqualTo(GeneratedAudience.fields(contact.getValue()));
        }
    }
}
