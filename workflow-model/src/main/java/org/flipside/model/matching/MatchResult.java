package org.flipside.model.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a matching run.
 *
 * @param pairs proposed pairs, best score first
 * @param unmatchedReasons participant id → why nobody was found, mentors first, in input order
 */
public record MatchResult(List<ProposedPair> pairs, Map<String, String> unmatchedReasons) {

  public MatchResult {
    pairs = List.copyOf(pairs);
    unmatchedReasons = Collections.unmodifiableMap(new LinkedHashMap<>(unmatchedReasons));
  }
}
