package org.flipside.model.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.flipside.model.testing.PersistenceTestBase;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on a real database: entries are added and read, never changed, and removed only by retention.
 * Subclasses pick the database.
 */
abstract class AuditLogContract extends PersistenceTestBase {

  private static final Instant NOON = Instant.parse("2027-03-01T12:00:00Z");

  @Test
  void anEntryChangedInMemoryIsWrittenBackUnchanged() {
    doInTransaction(em -> new AuditLog(em).append(NOON, "edi", AuditedAction.READ_CONCERNS, "prog-1", "prog-1"));

    doInTransaction(em -> {
      AuditEntry entry = new AuditLog(em).between(Instant.EPOCH, NOON.plusSeconds(1)).get(0);
      tamper(entry, "actorId", "someone-else");
      tamper(entry, "action", AuditedAction.READ_MATCH_REVIEW);
      em.merge(entry);
    });

    AuditEntry stored = inTransaction(em -> new AuditLog(em).between(Instant.EPOCH, NOON.plusSeconds(1)).get(0));
    assertThat(stored.getActorId()).isEqualTo("edi");
    assertThat(stored.getAction()).isEqualTo(AuditedAction.READ_CONCERNS);
  }

  @Test
  void retentionRemovesOnlyTheProgrammesEntriesAndUnattachedOnesPastTheCutoff() {
    doInTransaction(em -> {
      AuditLog log = new AuditLog(em);
      log.append(NOON, "hr", AuditedAction.READ_EVALUATION_REPORT, "prog-1", "prog-1");
      log.append(NOON.plusSeconds(1), "hr", AuditedAction.READ_EVALUATION_REPORT, "prog-2", "prog-2");
      log.append(NOON.plusSeconds(2), "dpo", AuditedAction.EXPORT_PERSONAL_DATA, "finance-1", null);
      log.append(NOON.plusSeconds(3), "dpo", AuditedAction.ERASE_PERSONAL_DATA, "ops-1", null);
    });

    doInTransaction(em -> {
      AuditLog log = new AuditLog(em);
      assertThat(log.removeProgramme("prog-1")).isEqualTo(1);
      assertThat(log.removeUnattachedBefore(NOON.plusSeconds(3))).isEqualTo(1);
    });

    List<String> left = inTransaction(em -> new AuditLog(em).between(Instant.EPOCH, NOON.plusSeconds(60)).stream()
        .map(AuditEntry::getSubjectId).toList());
    assertThat(left).containsExactly("prog-2", "ops-1");
  }

  /** Changes a field the way a careless caller with reflection could; the entity offers no setter. */
  private static void tamper(AuditEntry entry, String field, Object value) {
    try {
      Field declared = AuditEntry.class.getDeclaredField(field);
      declared.setAccessible(true);
      declared.set(entry, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
