package org.flipside.model.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.model.testing.Fixtures.programme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.flipside.model.Programme;
import org.flipside.model.repository.ProgrammeRepository;
import org.flipside.model.testing.PersistenceTestBase;
import org.junit.jupiter.api.Test;

/** Instants are stored as UTC wall-clock TIMESTAMPs, independent of the JVM's time zone. */
abstract class InstantStorageContractTest extends PersistenceTestBase {

  /** 01:30 UTC on the day London springs forward: a wall-clock time that does not exist in London. */
  private static final Instant IN_LONDON_GAP = Instant.parse("2026-03-29T01:30:00.654321Z");

  @Test
  void theJvmRunsInAZoneWithDaylightSaving() {
    // guards the other tests' meaning: in UTC they could not tell UTC storage from local storage
    assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void anInstantIsStoredAsItsUtcWallClockTime() throws SQLException {
    Instant summer = Instant.parse("2026-07-01T12:00:00Z");
    Programme programme = programme("Pilot", summer);
    doInTransaction(em -> {
      new ProgrammeRepository(em).save(programme);
    });

    assertThat(rawCreatedAt(programme.getId())).isEqualTo(LocalDateTime.parse("2026-07-01T12:00:00"));
  }

  @Test
  void anInstantInTheLocalZonesDaylightSavingGapSurvivesTheRoundTrip() throws SQLException {
    Programme programme = programme("Pilot", IN_LONDON_GAP);
    doInTransaction(em -> {
      new ProgrammeRepository(em).save(programme);
    });

    Programme loaded = inTransaction(em -> new ProgrammeRepository(em).find(programme.getId()).orElseThrow());

    assertThat(rawCreatedAt(programme.getId())).isEqualTo(LocalDateTime.parse("2026-03-29T01:30:00.654321"));
    assertThat(loaded.getCreatedAt()).isEqualTo(IN_LONDON_GAP);
  }

  @Test
  void aNullInstantIsStoredAsNull() {
    Programme programme = programme("Pilot", IN_LONDON_GAP);
    programme.setClosedAt(null);
    doInTransaction(em -> {
      new ProgrammeRepository(em).save(programme);
    });

    Programme loaded = inTransaction(em -> new ProgrammeRepository(em).find(programme.getId()).orElseThrow());

    assertThat(loaded.getClosedAt()).isNull();
  }

  private LocalDateTime rawCreatedAt(String programmeId) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT created_at FROM fs_programme WHERE id = ?")) {
      statement.setString(1, programmeId);
      try (ResultSet row = statement.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getObject(1, LocalDateTime.class);
      }
    }
  }
}
