package org.flipside.model.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

  protected TypedQuery<T> query(String jpql) {
    return em.createQuery(jpql, type);
  }

  protected Optional<T> first(TypedQuery<T> query) {
    List<T> results = query.setMaxResults(1).getResultList();
    return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
  }

  protected long count(String jpql, Object... namesAndValues) {
    TypedQuery<Long> query = em.createQuery(jpql, Long.class);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      query.setParameter((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return query.getSingleResult();
  }

  protected int max(String jpql, String parameter, Object value) {
    Integer max = em.createQuery(jpql, Integer.class).setParameter(parameter, value).getSingleResult();
    return max == null ? 0 : max;
  }
}
