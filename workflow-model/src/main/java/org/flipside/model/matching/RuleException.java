package org.flipside.model.matching;

/**
 * A hard rule that a proposed pair would have broken but the programme or the HR admin let it pass, shown with the
 * pair so that the exception is never silent.
 *
 * @param ruleName the rule's stable name, {@link HardRule#ruleName()}
 * @param allowedBy what let the pair pass: {@link #LIMITED_LINE_CHAIN}, {@link #TOP_OF_ORGANISATION} or
 *     {@link #ALLOWED_BY_ADMIN}
 * @param detail plain English, such as "the mentee is 3 levels above the mentor; the rule covers 2"
 */
public record RuleException(String ruleName, String allowedBy, String detail) {

  /** The line-chain rule covers fewer levels than lie between the partners. */
  public static final String LIMITED_LINE_CHAIN = "limited-line-chain";
  /** One partner is the top of the organisation, whom the programme lets be matched. */
  public static final String TOP_OF_ORGANISATION = "top-of-organisation";
  /** The HR admin allowed this one pair. */
  public static final String ALLOWED_BY_ADMIN = "allowed-by-admin";

  /** One line, such as "line-management-chain allowed (limited-line-chain): the mentee is 3 levels above". */
  public String summary() {
    return ruleName + " allowed (" + allowedBy + "): " + detail;
  }
}
