package org.flipside.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code ${...}} expressions in a diagram's text, and the names they read. */
final class Expressions {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)\\s*([.(]?)");
  private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true",
      "false", "null", "empty", "div", "mod", "instanceof");

  /** Names the engine itself gives expressions. */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "loopCounter",
      "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "authenticatedUserId");

  private Expressions() {}

  /** The bodies of the expressions in the text. */
  static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = EXPRESSION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /**
   * The names an expression reads as variables: not a property or method after a dot, not a word of the language,
   * not a function ({@code name(...)}), and not a name something is called on ({@code bean.method(...)}) unless
   * {@code isVariable} knows it.
   */
  static Set<String> variables(String expression, Predicate<String> isVariable) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(QUOTED.matcher(expression).replaceAll("''"));
    while (matcher.find()) {
      String name = matcher.group(1);
      String next = matcher.group(2);
      boolean called = next.equals("(") || (next.equals(".") && !isVariable.test(name));
      if (!EL_WORDS.contains(name) && !called) {
        names.add(name);
      }
    }
    return names;
  }
}
