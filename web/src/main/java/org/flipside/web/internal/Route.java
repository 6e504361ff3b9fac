package org.flipside.web.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every request the console's JSON API answers, declared once: what {@link ConsoleRequests} dispatches on, and what
 * a test walks to call each one as someone it does not concern. A path's {@code *} stands for an id of the route's
 * {@link Subject}.
 */
public enum Route {
  ME("GET", "me", Subject.CALLER),
  TASKS("GET", "tasks", Subject.CALLER),
  TASK("GET", "tasks/*", Subject.TASK),
  COMPLETE_TASK("POST", "tasks/*/complete", Subject.TASK),
  PROGRAMMES("GET", "programmes", Subject.CALLER),
  PROGRAMME("GET", "programmes/*", Subject.PROGRAMME),
  TIMELINE("GET", "programmes/*/timeline", Subject.PROGRAMME),
  MATCHES("GET", "programmes/*/matches", Subject.PROGRAMME),
  REPORT("GET", "programmes/*/report", Subject.PROGRAMME),
  REPORT_HTML("GET", "programmes/*/report.html", Subject.PROGRAMME),
  REPORT_PDF("GET", "programmes/*/report.pdf", Subject.PROGRAMME),
  LIMIT_LINE_CHAIN("POST", "programmes/*/line-chain", Subject.PROGRAMME),
  ALLOW_PAIR("POST", "programmes/*/allowed-pairs", Subject.PROGRAMME),
  EVENTS("GET", "programmes/*/events", Subject.PROGRAMME),
  PLAN_EVENT("POST", "programmes/*/events", Subject.PROGRAMME),
  ATTENDANCE("GET", "programmes/*/attendance", Subject.PROGRAMME),
  MOVE_EVENT("POST", "events/*/move", Subject.EVENT),
  CANCEL_EVENT("POST", "events/*/cancel", Subject.EVENT),
  CONCERNS_RAISED("GET", "concerns", Subject.CALLER),
  RAISE_CONCERN("POST", "programmes/*/concerns", Subject.PROGRAMME),
  PAIRINGS("GET", "pairings", Subject.CALLER),
  AGREEMENT("GET", "pairings/*/agreement", Subject.PAIRING),
  /** Only the caller's own reflections on the pairing, whoever calls. */
  REFLECTIONS("GET", "pairings/*/reflections", Subject.CALLER),
  WRITE_REFLECTION("POST", "pairings/*/reflections", Subject.PAIRING),
  ASK_FOR_SUPPORT("POST", "pairings/*/support", Subject.PAIRING),
  ASK_FOR_COACHING("POST", "pairings/*/coaching", Subject.PAIRING),
  PROCESSES("GET", "processes", Subject.LIBRARY),
  DEPLOY("POST", "processes", Subject.LIBRARY),
  PROCESS("GET", "processes/*", Subject.PROCESS),
  MIGRATION_PREVIEW("GET", "processes/*/migration", Subject.PROCESS),
  MIGRATE("POST", "processes/*/migration", Subject.PROCESS),
  OPERATIONS("GET", "operations", Subject.OPERATIONS),
  RETRY_INCIDENT("POST", "incidents/*/retry", Subject.OPERATIONS);

  /** Whose data a route reads or changes, and so who is the wrong person to call it. */
  public enum Subject {
    /** The caller's own: anyone signed in may call it, and gets only what is theirs. */
    CALLER,
    /** One open task: only its assignee or candidates. */
    TASK,
    /** One programme: HR admins, its manager and sponsor (and, to raise a concern, its participants). */
    PROGRAMME,
    /** One planned event: the programme's manager, HR admins and its liaison. */
    EVENT,
    /** One pairing: only its two partners. */
    PAIRING,
    /** The process library as a whole: process owners and HR admins. */
    LIBRARY,
    /** One version of a process: process owners and HR admins. */
    PROCESS,
    /** Flipside's health and the steps that failed: HR admins only. */
    OPERATIONS
  }

  private final String method;
  private final String path;
  private final Subject subject;

  Route(String method, String path, Subject subject) {
    this.method = method;
    this.path = path;
    this.subject = subject;
  }

  /** {@code GET} or {@code POST}. */
  public String method() {
    return method;
  }

  /** The path below the API's root, with {@code *} for the subject's id. */
  public String path() {
    return path;
  }

  /** Whose data it concerns. */
  public Subject subject() {
    return subject;
  }

  /** The path for one subject's id. */
  public String pathFor(String id) {
    return path.replace("*", id);
  }

  /** The route a request takes, if the API has one: its fixed words match, each id standing for a {@code *}. */
  static Optional<Route> of(String method, List<String> parts) {
    String shape = shape(parts);
    return Arrays.stream(values()).filter(route -> route.method.equals(method) && route.path.equals(shape))
        .findFirst();
  }

  private static String shape(List<String> parts) {
    StringBuilder shape = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      shape.append('/').append(i % 2 == 1 && !parts.get(i).isEmpty() ? "*" : parts.get(i));
    }
    return shape.toString();
  }
}
