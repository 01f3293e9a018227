package org.audienceimport.upload.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void httpsIsTakenAndNormalised() {
        Endpoint endpoint = Endpoint.parse(" HTTPS://API.PersonaClick.com/ ");
        assertThat(endpoint.base()).hasToString("https://api.personaclick.com");
        assertThat(endpoint.importUri()).hasToString("https://api.personaclick.com/import/audience");
        assertThat(Endpoint.parse("https://api.rees46.ru")).isEqualTo(Endpoint.of(ApiSettings.REES46));
    }

    @Test
    void plainHttpIsRefusedExceptToThisComputer() {
        assertThatThrownBy(() -> Endpoint.parse("http://api.personaclick.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Plain http is refused").hasMessageContaining("unencrypted");
        assertThatThrownBy(() -> Endpoint.parse("http://127.0.0.1.example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoint.parse("http://10.0.0.1:8080")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Endpoint.parse("http://localhost:8080").importUri()).hasToString("http://localhost:8080/import/audience");
        assertThat(Endpoint.parse("http://127.0.0.1:9999/sandbox/").importUri())
                .hasToString("http://127.0.0.1:9999/sandbox/import/audience");
        assertThat(Endpoint.parse("http://127.1.2.3").base()).hasToString("http://127.1.2.3");
        assertThat(Endpoint.parse("http://[::1]:8080").base()).hasToString("http://[::1]:8080");
    }

    @Test
    void otherSchemesAndAddressesWithSecretsAreRefused() {
        assertThatThrownBy(() -> Endpoint.parse("ftp://api.personaclick.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoint.parse("api.personaclick.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoint.parse("https://user:pw@api.personaclick.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> Endpoint.parse("https://api.personaclick.com/?shop_secret=x")).isInstanceOf(IllegalArgumentException.class);
    }
}
