package org.audienceimport.upload.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class CredentialInjectionTest {

    @Test
    void the_fixed_part_is_the_keys_and_quotes() {
        assertThat(CredentialInjection.addedBytes("", "")).isEqualTo(CredentialInjection.FIXED_BYTES).isEqualTo(30);
        assertThat(new String(CredentialInjection.prefix("a", "b"), StandardCharsets.UTF_8))
                .isEqualTo("{\"shop_id\":\"a\",\"shop_secret\":\"b\",");
    }

    @Test
    void added_bytes_are_exactly_the_growth_of_the_body() {
        byte[] batch = "{\"audience\":[{\"email\":\"a@b.c\"}]}".getBytes(StandardCharsets.UTF_8);
        String id = "id-\"quoted\"";
        String secret = "€uro\n";

        byte[] prefix = CredentialInjection.prefix(id, secret);
        int rest = CredentialInjection.afterOpeningBrace(batch);
        byte[] body = new byte[prefix.length + batch.length - rest];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(batch, rest, body, prefix.length, batch.length - rest);

        assertThat(body.length - batch.length).isEqualTo(CredentialInjection.addedBytes(id, secret));
        JsonNode json = Audiences.parse(body);
        assertThat(json.get("shop_id").asText()).isEqualTo(id);
        assertThat(json.get("shop_secret").asText()).isEqualTo(secret);
        assertThat(json.at("/audience/0/email").asText()).isEqualTo("a@b.c");
    }

    @Test
    void refuses_what_is_not_a_batch() {
        assertThatThrownBy(() -> CredentialInjection.afterOpeningBrace("[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
