package org.flipside.model.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flipside.model.persistence.FlipsidePersistence;
import org.flipside.model.persistence.SchemaMigrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs a test class against a freshly migrated database; subclasses choose H2 or PostgreSQL. Every unit of
 * work gets its own EntityManager, so reads after a commit really come from the database.
 */
public abstract class PersistenceTestBase {

  protected TestDatabase database;
  protected EntityManagerFactory factory;

  /** The database this variant of the tests runs on. */
  protected abstract TestDatabase openDatabase();

  @BeforeEach
  void startDatabase() {
    database = openDatabase();
    SchemaMigrations.migrate(database.dataSource());
    factory = FlipsidePersistence.createEntityManagerFactory(database.dataSource());
  }

  @AfterEach
  void stopDatabase() {
    if (factory != null) {
      factory.close();
    }
    if (database != null) {
      database.close();
    }
  }

  /** Runs work in one committed transaction and returns its result. */
  protected <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    EntityTransaction transaction = em.getTransaction();
    try {
      transaction.begin();
      T result = work.apply(em);
      transaction.commit();
      return result;
    } finally {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      em.close();
    }
  }

  protected void doInTransaction(Consumer<EntityManager> work) {
    inTransaction(em -> {
      work.accept(em);
      return null;
    });
  }
}
