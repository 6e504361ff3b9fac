package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.DatabaseQuery;

/**
 * Queries configured beyond their JPQL (hints, a maximum of rows), each configured on its first call in a persistence
 * unit and then shared by every later call there, from any repository. EclipseLink parses a JPQL string once and
 * prints its SQL once, but a query configured after it is created is a changed copy whose SQL it prints again on every
 * call; a shared one is prepared on its first run only. Kept per persistence unit, since a query is made of its
 * mappings, and only as long as the unit is in use.
 */
final class SharedQueries {

  private static final Map<EntityManagerFactory, Map<String, DatabaseQuery>> BY_UNIT =
      Collections.synchronizedMap(new WeakHashMap<>());

  private SharedQueries() {
  }

  /**
   * The query kept under {@code key} (which names everything {@code configure} sets) in {@code em}'s persistence unit,
   * made by {@code configure} on the first call, to run with this call's parameters in {@code em}'s transaction (which
   * the caller owns, as for every repository call).
   *
   * @throws IllegalStateException when {@code em} is in no transaction: a shared query runs on the entity manager the
   *     transaction holds, and the plugin's (Spring's shared one) has none to run it on outside a transaction
   */
  static Query get(EntityManager em, String key, Supplier<Query> configure) {
    if (!em.isJoinedToTransaction()) {
      // the stack names the repository; the query's text stays out of a message a host may show
      throw new IllegalStateException("a repository's query runs in the caller's transaction, and none is active");
    }
    DatabaseQuery shared = BY_UNIT.computeIfAbsent(em.getEntityManagerFactory(), unit -> new ConcurrentHashMap<>())
        .computeIfAbsent(key, unused -> (DatabaseQuery) configure.get().unwrap(DatabaseQuery.class).clone());
    return em.unwrap(JpaEntityManager.class).createQuery(shared);
  }
}
