package org.flipside.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrfTokenTest {

  @Test
  void onlyTheCookiesOwnTokenInTheHeaderPasses() {
    String token = CsrfToken.fresh();

    assertThat(CsrfToken.matches(token, token)).isTrue();
    assertThat(CsrfToken.matches(token, CsrfToken.fresh())).isFalse();
    assertThat(CsrfToken.matches(token, null)).isFalse();
    assertThat(CsrfToken.matches(null, token)).isFalse();
    assertThat(CsrfToken.matches("", "")).isFalse();
  }

  @Test
  void eachTokenIsNewAndTheCookieStaysOnTheSite() {
    assertThat(CsrfToken.fresh()).isNotEqualTo(CsrfToken.fresh()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(CsrfToken.setCookie("abc", true)).contains("SameSite=Strict", "Secure", "Path=/flipside/console");
  }
}
