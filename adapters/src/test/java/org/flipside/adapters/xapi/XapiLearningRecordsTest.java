package org.flipside.adapters.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.flipside.adapters.RemoteServiceException;
import org.flipside.adapters.standin.StandInLrs;
import org.flipside.adapters.standin.StandInServer.Request;
import org.flipside.spi.Recognition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recognition recorded in a stand-in learning record store over HTTP. */
class XapiLearningRecordsTest {

  private static final URI PLATFORM = URI.create("https://hr.trust.example");
  private static final Recognition RECOGNITION = new Recognition("rec-41", "u-17", "prog 7", "Board reverse mentoring",
      "reverse mentor", LocalDate.parse("2027-03-01"), LocalDate.parse("2027-06-30"), 4,
      "Reverse mentor, Board reverse mentoring", "Mentored a board member over four sessions.");

  private StandInLrs lrs;
  private XapiLearningRecords records;

  @BeforeEach
  void start() {
    lrs = new StandInLrs("flipside", "lrs-secret");
    records = new XapiLearningRecords(XapiSettings.of(URI.create(lrs.endpoint()), "flipside", "lrs-secret", PLATFORM,
        "Cardiff Trust"));
  }

  @AfterEach
  void stop() {
    lrs.close();
  }

  @Test
  void aRecognitionIsPostedAsOneStatementWithTheVersionHeaderAndBasicAuthentication() {
    records.record(RECOGNITION);

    Request request = lrs.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/xapi/statements");
    assertThat(request.headers())
        .containsEntry("authorization", "Basic " + Base64.getEncoder()
            .encodeToString("flipside:lrs-secret".getBytes(StandardCharsets.UTF_8)))
        .containsEntry("x-experience-api-version", "1.0.3")
        .containsEntry("content-type", "application/json");
    assertThat(lrs.statements()).hasSize(1);
  }

  @Test
  void theMentorCompletedTheProgrammeAsAnAccountOnTheHostPlatform() {
    records.record(RECOGNITION);

    JsonNode statement = lrs.statements().get(0);
    assertThat(statement.at("/actor/objectType").asText()).isEqualTo("Agent");
    assertThat(statement.at("/actor/account/homePage").asText()).isEqualTo(PLATFORM.toString());
    assertThat(statement.at("/actor/account/name").asText()).isEqualTo("u-17");
    assertThat(statement.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
    assertThat(statement.at("/object/id").asText()).isEqualTo("https://hr.trust.example/flipside/programmes/prog%207");
    assertThat(statement.at("/object/definition/name/en").asText()).isEqualTo("Board reverse mentoring");
    assertThat(statement.at("/result/completion").asBoolean()).isTrue();
    assertThat(statement.at("/result/extensions").get("urn:flipside:xapi:extension:sessions-held").asInt()).isEqualTo(4);
    assertThat(statement.at("/context/extensions").get("urn:flipside:xapi:extension:role").asText())
        .isEqualTo("reverse mentor");
    assertThat(statement.at("/timestamp").asText()).isEqualTo("2027-06-30T00:00:00Z");
  }

  @Test
  void theStatementCarriesAnOpenBadges3CredentialForTheMentor() {
    records.record(RECOGNITION);

    JsonNode statement = lrs.statements().get(0);
    JsonNode badge = statement.at("/result/extensions")
        .get("https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential");
    assertThat(badge.get("@context")).extracting(JsonNode::asText).containsExactly(
        "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    assertThat(badge.get("type")).extracting(JsonNode::asText)
        .containsExactly("VerifiableCredential", "OpenBadgeCredential");
    assertThat(badge.at("/id").asText()).isEqualTo("urn:uuid:" + statement.at("/id").asText());
    assertThat(badge.at("/issuer/id").asText()).isEqualTo(PLATFORM.toString());
    assertThat(badge.at("/issuer/name").asText()).isEqualTo("Cardiff Trust");
    assertThat(badge.at("/validFrom").asText()).isEqualTo("2027-06-30T00:00:00Z");
    JsonNode subject = badge.at("/credentialSubject");
    assertThat(subject.at("/identifier/0/identityHash").asText()).isEqualTo("u-17");
    assertThat(subject.at("/identifier/0/hashed").asBoolean()).isFalse();
    assertThat(subject.at("/activityStartDate").asText()).isEqualTo("2027-03-01T00:00:00Z");
    assertThat(subject.at("/achievement/id").asText())
        .isEqualTo("https://hr.trust.example/flipside/programmes/prog%207/roles/reverse%20mentor");
    assertThat(subject.at("/achievement/name").asText()).isEqualTo("Reverse mentor, Board reverse mentoring");
    assertThat(subject.at("/achievement/description").asText()).isEqualTo("Mentored a board member over four sessions.");
  }

  @Test
  void anLrsThatCannotTakeTheStatementFailsTheCallAndTheRetryIsRecorded() {
    lrs.failNext(503, "storage unavailable");

    assertThatThrownBy(() -> records.record(RECOGNITION))
        .isInstanceOfSatisfying(RemoteServiceException.class, e -> assertThat(e.status()).isEqualTo(503))
        .hasMessage("learning record store " + lrs.endpoint() + " answered 503 to POST /xapi/statements: "
            + "storage unavailable");
    assertThat(lrs.statements()).isEmpty();

    records.record(RECOGNITION);
    assertThat(lrs.statements()).hasSize(1);
  }

  @Test
  void aRetryAfterALostAnswerIsTheSameStatementAndTheLrsKeepsOne() {
    lrs.loseNextAnswer();
    assertThatThrownBy(() -> records.record(RECOGNITION)).hasMessageContaining("answered 504");

    records.record(RECOGNITION);

    assertThat(lrs.requests()).hasSize(2);
    assertThat(lrs.requests().get(0).json()).isEqualTo(lrs.requests().get(1).json());
    assertThat(lrs.statements()).hasSize(1);
  }

  @Test
  void differentRecognitionsAreDifferentStatements() {
    records.record(RECOGNITION);
    records.record(new Recognition("rec-42", "u-18", "prog 7", "Board reverse mentoring", "reverse mentor",
        LocalDate.parse("2027-03-01"), LocalDate.parse("2027-06-30"), 3, "Reverse mentor", "Mentored."));

    assertThat(lrs.statements()).extracting(statement -> statement.at("/id").asText()).doesNotHaveDuplicates()
        .hasSize(2);
  }

  @Test
  void aRefusedCredentialFailsTheCall() {
    records = new XapiLearningRecords(XapiSettings.of(URI.create(lrs.endpoint()), "flipside", "wrong", PLATFORM,
        "Cardiff Trust"));

    assertThatThrownBy(() -> records.record(RECOGNITION))
        .isInstanceOfSatisfying(RemoteServiceException.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThat(lrs.statements()).isEmpty();
  }

  @Test
  void settingsNameTheFieldThatIsWrongAndHideThePassword() {
    assertThatThrownBy(() -> XapiSettings.of(URI.create("lrs.example/xapi"), "u", "p", PLATFORM, "Trust"))
        .hasMessage("endpoint must be an absolute http or https URL but was lrs.example/xapi");
    assertThatThrownBy(() -> XapiSettings.of(URI.create(lrs.endpoint()), "a:b", "p", PLATFORM, "Trust"))
        .hasMessageStartingWith("username must not contain ':'");
    assertThat(XapiSettings.of(URI.create(lrs.endpoint()), "u", "lrs-secret", PLATFORM, "Trust").toString())
        .doesNotContain("lrs-secret");
  }
}
