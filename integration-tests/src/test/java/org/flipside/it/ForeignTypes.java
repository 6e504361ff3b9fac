package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What a caller of Flipside's API must never see: an engine, persistence or JDBC type or message. */
final class ForeignTypes {

  static final List<String> PACKAGES = List.of("org.camunda", "org.eclipse.persistence", "jakarta.persistence",
      "java.sql", "org.springframework", "org.apache.ibatis", "org.h2", "org.postgresql", "com.zaxxer", "org.flywaydb");

  private ForeignTypes() {}

  /** Fails when the exception, or any cause of it, is of a foreign type or quotes one. */
  static void assertNoneIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      String type = cause.getClass().getName();
      String message = String.valueOf(cause.getMessage());
      assertThat(PACKAGES).as("the type of %s", cause).noneMatch(type::startsWith);
      assertThat(PACKAGES).as("the message of %s", cause).noneMatch(message::contains);
      assertThat(message).as("the message of %s", cause).doesNotContainPattern("ENGINE-\\d+")
          .doesNotContainIgnoringCase("eclipselink").doesNotContainIgnoringCase("camunda");
    }
  }
}
