package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.persistence.config.CacheUsage;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.QueryType;

/**
 * Shared save/find for repositories. Never begins or commits a transaction: the caller owns it, so several
 * repository calls commit or roll back together.
 *
 * @param <T> the entity type
 */
public abstract class EntityRepository<T> {

  protected final EntityManager em;
  private final Class<T> type;
  private final Function<T, String> idOf;

  protected EntityRepository(EntityManager em, Class<T> type, Function<T, String> idOf) {
    this.em = Objects.requireNonNull(em, "em");
    this.type = type;
    this.idOf = idOf;
  }

  /**
   * Persists a new entity, or merges a detached one into the persistence context.
   *
   * @return the managed instance: the argument itself when it was new or already managed, else a copy
   */
  public T save(T entity) {
    Objects.requireNonNull(entity, "entity");
    if (em.contains(entity)) {
      return entity;
    }
    // Ids are assigned at construction, so "new" cannot be told from a null id; ask the database instead.
    if (em.find(type, idOf.apply(entity)) == null) {
      em.persist(entity);
      return entity;
    }
    return em.merge(entity);
  }

  /**
   * Persists an entity made just now, whose id its constructor drew at random, without asking the database first
   * whether one with that id exists, as {@link #save} must for an entity that may be detached.
   *
   * @return the entity, now managed
   */
  public T add(T entity) {
    em.persist(Objects.requireNonNull(entity, "entity"));
    return entity;
  }

  /** The entity with this id, if any. */
  public Optional<T> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
  }

  /**
   * As {@link #find}, with the entities the found one always loads along these paths (each from {@code e}, the
   * entity) read in the same statement, where each would be read in a statement of its own; nothing is read when the
   * persistence context holds the entity already, and, as for {@link #find}, nothing waiting is flushed first. The
   * query is configured once for all calls with the same paths.
   */
  protected Optional<T> findJoining(String id, List<String> paths, List<String> optionalPaths) {
    if (id == null) {
      return Optional.empty();
    }
    String jpql = "SELECT e FROM " + type.getSimpleName() + " e WHERE e.id = :id";
    Query query = SharedQueries.get(em, jpql + " joining " + paths + " and maybe " + optionalPaths, () -> {
      TypedQuery<T> joining = em.createQuery(jpql, type)
          .setFlushMode(FlushModeType.COMMIT)
          .setHint(QueryHints.QUERY_TYPE, QueryType.ReadObject)
          .setHint(QueryHints.CACHE_USAGE, CacheUsage.CheckCacheByPrimaryKey);
      paths.forEach(path -> joining.setHint(QueryHints.FETCH, path));
      optionalPaths.forEach(path -> joining.setHint(QueryHints.LEFT_FETCH, path));
      return joining;
    });
    return firstResult(query.setParameter("id", id));
  }

  protected TypedQuery<T> query(String jpql) {
    return em.createQuery(jpql, type);
  }

  /**
   * The first entity the JPQL query selects with these parameters (names and values in turn), if any, read with the
   * database's limit of one row; the query is configured once for all calls with the same JPQL.
   */
  protected Optional<T> first(String jpql, Object... namesAndValues) {
    Query query = SharedQueries.get(em, jpql + " first", () -> query(jpql).setHint(QueryHints.JDBC_MAX_ROWS, 1));
    return firstResult(bound(query, namesAndValues));
  }

  /** The query with its parameters set, names and values in turn. */
  private static Query bound(Query query, Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      query.setParameter((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return query;
  }

  private Optional<T> firstResult(Query query) {
    List<?> results = query.getResultList();
    return results.isEmpty() ? Optional.empty() : Optional.of(type.cast(results.get(0)));
  }

  protected long count(String jpql, Object... namesAndValues) {
    return (Long) bound(em.createQuery(jpql, Long.class), namesAndValues).getSingleResult();
  }

  protected int max(String jpql, String parameter, Object value) {
    Integer max = em.createQuery(jpql, Integer.class).setParameter(parameter, value).getSingleResult();
    return max == null ? 0 : max;
  }
}
