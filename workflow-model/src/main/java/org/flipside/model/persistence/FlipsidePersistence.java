package org.flipside.model.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flipside.model.Ambassador;
import org.flipside.model.Appointment;
import org.flipside.model.Application;
import org.flipside.model.CalendarEntry;
import org.flipside.model.CoDesignReview;
import org.flipside.model.CoachingRequest;
import org.flipside.model.RecruitmentCampaign;
import org.flipside.model.Cohort;
import org.flipside.model.Concern;
import org.flipside.model.EvaluationReport;
import org.flipside.model.Guest;
import org.flipside.model.LearningAgreement;
import org.flipside.model.MatchAllowance;
import org.flipside.model.MatchingSettings;
import org.flipside.model.ScopingGoal;
import org.flipside.model.OutboundMessage;
import org.flipside.model.Pairing;
import org.flipside.model.PairingReason;
import org.flipside.model.Participant;
import org.flipside.model.PrivateReflection;
import org.flipside.model.ProcessDeploymentRecord;
import org.flipside.model.ExternalSpeaker;
import org.flipside.model.Programme;
import org.flipside.model.RecognitionEntry;
import org.flipside.model.SessionRecord;
import org.flipside.model.PartnerRequest;
import org.flipside.model.SupportRequest;
import org.flipside.model.SurveyResponse;
import org.flipside.model.Workshop;
import org.flipside.model.WorkshopAttendance;
import org.flipside.model.evaluation.CustomMeasure;
import org.flipside.model.evaluation.FeedbackTheme;
import org.flipside.model.evaluation.LeaderCommitment;
import org.flipside.model.evaluation.OutcomeFigure;
import org.flipside.model.evaluation.PendingAnswer;
import org.flipside.model.evaluation.OutcomeSnapshot;
import org.flipside.model.evaluation.SurveyAnswer;
import org.flipside.model.evaluation.SurveyKey;
import org.flipside.model.evaluation.PendingAnswer;
import org.flipside.model.evaluation.SurveyRelease;
import org.flipside.model.evaluation.SurveyQuestion;
import org.flipside.model.privacy.AuditEntry;

/**
 * Builds Flipside's EntityManagerFactory on EclipseLink directly from the entity list, without looking for a
 * persistence.xml, so it works the same in a plain JVM and inside an OSGi container. The schema is owned by
 * {@link SchemaMigrations}; EclipseLink never generates DDL.
 */
public final class FlipsidePersistence {

  /** Name of the persistence unit. */
  public static final String PERSISTENCE_UNIT_NAME = "flipside";

  /** Every entity class of the model, the mapped superclasses they share, and the converters they rely on. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(
      Programme.class,
      Cohort.class,
      Application.class,
      Participant.class,
      Pairing.class,
      LearningAgreement.class,
      SessionRecord.class,
      Workshop.class,
      WorkshopAttendance.class,
      SurveyResponse.class,
      Concern.class,
      EvaluationReport.class,
      OutboundMessage.class,
      MatchingSettings.class,
      ScopingGoal.class,
      PairingReason.class,
      CalendarEntry.class,
      ExternalSpeaker.class,
      SurveyQuestion.class,
      SurveyAnswer.class,
      SurveyKey.class,
      SurveyRelease.class,
      PendingAnswer.class,
      FeedbackTheme.class,
      OutcomeSnapshot.class,
      OutcomeFigure.class,
      CustomMeasure.class,
      LeaderCommitment.class,
      PrivateReflection.class,
      RecognitionEntry.class,
      Ambassador.class,
      MatchAllowance.class,
      Guest.class,
      Appointment.class,
      CoDesignReview.class,
      RecruitmentCampaign.class,
      PartnerRequest.class,
      SupportRequest.class,
      CoachingRequest.class,
      ProcessDeploymentRecord.class,
      AuditEntry.class,
      UtcInstantConverter.class);

  private FlipsidePersistence() {
  }

  /** An EntityManagerFactory on the given DataSource with Flipside's default settings. */
  public static EntityManagerFactory createEntityManagerFactory(DataSource dataSource) {
    return createEntityManagerFactory(dataSource, Map.of());
  }

  /** As {@link #createEntityManagerFactory(DataSource)}, with extra properties that override the defaults. */
  public static EntityManagerFactory createEntityManagerFactory(DataSource dataSource, Map<String, ?> extraProperties) {
    Objects.requireNonNull(dataSource, "dataSource");
    Map<String, Object> properties = new HashMap<>(defaultProperties());
    // EclipseLink keeps one session per session name for the whole JVM and hands it to every factory asking for that
    // name, with the DataSource of the first: each factory gets a name of its own, so it uses its own DataSource
    properties.put(PersistenceUnitProperties.SESSION_NAME, PERSISTENCE_UNIT_NAME + "-" + UUID.randomUUID());
    platformFor(dataSource).ifPresent(platform -> properties.put(PersistenceUnitProperties.TARGET_DATABASE, platform));
    properties.putAll(extraProperties);
    FlipsidePersistenceUnit unit = new FlipsidePersistenceUnit(PERSISTENCE_UNIT_NAME,
        MANAGED_CLASSES.stream().map(Class::getName).toList(), dataSource, FlipsidePersistence.class.getClassLoader(),
        properties);
    EntityManagerFactory factory = new PersistenceProvider().createContainerEntityManagerFactory(unit, properties);
    if (factory == null) {
      throw new IllegalStateException("EclipseLink did not create the " + PERSISTENCE_UNIT_NAME + " persistence unit");
    }
    return factory;
  }

  /**
   * Flipside's own platform for the databases it supports, so timestamps stay exact in every JVM time zone; other
   * databases are left to EclipseLink's detection.
   */
  static Optional<String> platformFor(DataSource dataSource) {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach Flipside's database", e);
    }
    if ("H2".equalsIgnoreCase(product)) {
      return Optional.of(FlipsideH2Platform.class.getName());
    }
    if ("PostgreSQL".equalsIgnoreCase(product)) {
      return Optional.of(FlipsidePostgreSQLPlatform.class.getName());
    }
    return Optional.empty();
  }

  private static Map<String, Object> defaultProperties() {
    Map<String, Object> properties = new HashMap<>();
    // No bytecode weaving: it needs an agent or a cooperating class loader, neither of which an OSGi host offers.
    properties.put(PersistenceUnitProperties.WEAVING, "false");
    // Several nodes may share the database; a shared cache would serve one node's stale rows to another.
    properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
    properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
    properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
    // to the host's log, not to standard output
    properties.put(PersistenceUnitProperties.LOGGING_LOGGER, EclipseLinkToSlf4j.class.getName());
    properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
    properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, EmbeddedCollectionsPresent.class.getName());
    return properties;
  }
}
