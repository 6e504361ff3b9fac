package org.flipside.adapters.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScimSettingsTest {

  private static final URI SERVER = URI.create("https://hr.example/scim/v2");

  @Test
  void eachWrongSettingIsNamed() {
    assertThatThrownBy(() -> ScimSettings.of(URI.create("ldap://hr.example"), "t"))
        .hasMessage("baseUrl must be an absolute http or https URL but was ldap://hr.example");
    assertThatThrownBy(() -> ScimSettings.of(SERVER, " ")).hasMessage("bearerToken must not be blank");
    assertThatThrownBy(() -> new ScimSettings(SERVER, "t", 0, Duration.ofSeconds(1), Map.of()))
        .hasMessage("pageSize must be from 1 to 1000 but was 0");
    assertThatThrownBy(() -> new ScimSettings(SERVER, "t", 10, Duration.ZERO, Map.of()))
        .hasMessage("timeout must be positive but was PT0S");
  }

  @Test
  void theTokenStaysOutOfTheSettingsText() {
    assertThat(ScimSettings.of(SERVER, "very-secret").toString()).contains(SERVER.toString())
        .doesNotContain("very-secret");
  }
}
