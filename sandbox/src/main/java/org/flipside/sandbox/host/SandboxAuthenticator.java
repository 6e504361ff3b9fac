package org.flipside.sandbox.host;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.spi.CallerAuthenticator;
import org.flipside.spi.EmployeeDirectory;

/**
 * THE SANDBOX'S STAND-IN for a host's authentication, not for use elsewhere: HTTP Basic with an employee id of the
 * synthetic organisation as the user name and {@value #PASSWORD} as everyone's password. A real host checks the
 * credentials (or its single sign-on session) against its own identity system.
 */
public final class SandboxAuthenticator implements CallerAuthenticator {

  /** Every sandbox employee's password. */
  public static final String PASSWORD = "sandbox";

  private final EmployeeDirectory directory;

  public SandboxAuthenticator(EmployeeDirectory directory) {
    this.directory = directory;
  }

  @Override
  public Optional<String> employeeIdOf(Map<String, List<String>> headers) {
    return headers.getOrDefault("authorization", List.of()).stream()
        .filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
        .map(value -> decode(value.substring(6).strip()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private Optional<String> decode(String credentials) {
    String userAndPassword;
    try {
      userAndPassword = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = userAndPassword.indexOf(':');
    if (colon < 1 || !userAndPassword.substring(colon + 1).equals(PASSWORD)) {
      return Optional.empty();
    }
    String employeeId = userAndPassword.substring(0, colon);
    return directory.find(employeeId).isPresent() ? Optional.of(employeeId) : Optional.empty();
  }
}
