package org.audienceimport.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ProfileStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProfileStore store = new ProfileStore();

    private void upsert(String audience, long segment) throws Exception {
        store.upsertAll(JSON.readTree(audience), segment == 0 ? OptionalLong.empty() : OptionalLong.of(segment));
    }

    @Test
    void anEmailMatchWinsOverAPhoneMatchAndTheEmailMovesWithAPhoneMatch() throws Exception {
        upsert("[{\"email\":\"ann@example.com\",\"phone\":\"111111111\"},{\"email\":\"bob@example.com\",\"phone\":\"222222222\"}]", 0);
        upsert("[{\"email\":\"ann@example.com\",\"phone\":\"222222222\",\"first_name\":\"Ann\"}]", 9);

        assertThat(store.size()).isEqualTo(2);
        Profile ann = store.withEmail("ann@example.com").orElseThrow();
        assertThat(ann.text("first_name")).contains("Ann");
        assertThat(ann.segments()).containsExactly(9L);
        assertThat(store.withPhone("222222222")).as("the phone now finds the profile its email chose").contains(ann);
        assertThat(store.withPhone("111111111")).isEmpty();
        assertThat(store.withEmail("bob@example.com").orElseThrow().updates()).isEqualTo(1);

        upsert("[{\"phone\":\"222222222\",\"email\":\"ann.new@example.com\"}]", 0);
        assertThat(store.withEmail("ann.new@example.com").orElseThrow().id()).isEqualTo(ann.id());
        assertThat(store.withEmail("ann@example.com")).as("the old address no longer leads anywhere").isEmpty();
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void arraysAreReplacedWholeAndCopiesAreIndependent() throws Exception {
        upsert("[{\"phone\":\"333333333\",\"kids\":[{\"gender\":\"f\"},{\"gender\":\"m\"}]}]", 0);
        upsert("[{\"phone\":\"333333333\",\"kids\":[{\"gender\":\"m\"}]}]", 0);

        Profile profile = store.withPhone("333333333").orElseThrow();
        assertThat(profile.fields().get("kids")).hasSize(1);
        profile.fields().put("phone", "changed");
        assertThat(store.withPhone("333333333").orElseThrow().phone()).contains("333333333");

        store.clear();
        assertThat(store.all()).isEmpty();
    }
}
