package org.flipside.internal.identity;

import java.util.regex.Pattern;

/**
 * A query's "like" criterion, read as the engine's SQL reads it: {@code %} is any run of
 * characters, {@code _} any one character, and a backslash makes the next character literal.
 */
final class LikePattern {

  private final Pattern pattern;

  private LikePattern(Pattern pattern) {
    this.pattern = pattern;
  }

  static LikePattern of(String like) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      if (c == '\\' && i + 1 < like.length()) {
        regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new LikePattern(Pattern.compile(regex.toString(), Pattern.DOTALL));
  }

  /** Whether the value matches; an absent value never does, as in SQL. */
  boolean matches(String value) {
    return value != null && pattern.matcher(value).matches();
  }
}
