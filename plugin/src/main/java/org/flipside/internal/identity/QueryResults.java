package org.flipside.internal.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.query.QueryProperty;

/**
 * Orders and pages a query's matches in memory the way the engine's SQL would: by the orderings
 * asked for, absent values last when ascending, and then by id, so that pages never overlap.
 */
final class QueryResults<T> {

  private final String what;
  private final Map<QueryProperty, Function<T, String>> sortKeys;
  private final Function<T, String> id;

  /**
   * @param what the plural of what is queried, for error messages
   * @param sortKeys the value each orderable property orders by
   * @param id the id, the last ordering
   */
  QueryResults(String what, Map<QueryProperty, Function<T, String>> sortKeys, Function<T, String> id) {
    this.what = what;
    this.sortKeys = sortKeys;
    this.id = id;
  }

  /** The page of the ordered matches that the query asks for, or the given page when there is one. */
  List<T> pageOf(List<T> matches, ListQueryParameterObject query, Page page) {
    int first = page == null ? query.getFirstResult() : page.getFirstResult();
    int max = page == null ? query.getMaxResults() : page.getMaxResults();
    if (first < 0 || max < 0) {
      throw new BadUserRequestException("a page of " + what + " needs firstResult and maxResults of 0 or more, not "
          + first + " and " + max);
    }
    return new ArrayList<>(
        matches.stream().sorted(order(query.getOrderingProperties())).skip(first).limit(max).toList());
  }

  private Comparator<T> order(List<QueryOrderingProperty> orderings) {
    Comparator<T> order = (a, b) -> 0;
    for (QueryOrderingProperty ordering : orderings) {
      Function<T, String> key = sortKeys.get(ordering.getQueryProperty());
      if (key == null) {
        throw new BadUserRequestException("cannot order " + what + " by " + ordering.getQueryProperty().getName());
      }
      Comparator<T> byKey = Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
      order = order.thenComparing(ordering.getDirection() == Direction.DESCENDING ? byKey.reversed() : byKey);
    }
    return order.thenComparing(id);
  }
}
