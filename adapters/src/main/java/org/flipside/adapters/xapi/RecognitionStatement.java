package org.flipside.adapters.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.flipside.adapters.internal.JsonHttp;
import org.flipside.spi.Recognition;

/**
 * A recognition as one xAPI 1.0.3 statement: the mentor (an account on the host platform) completed the programme
 * (an activity), with the sessions held and the Open Badges credential in the result. Everything in it follows from
 * the recognition, so a retry posts the same statement under the same id and an LRS keeps one copy.
 */
final class RecognitionStatement {

  static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  static final String PROGRAMME = "http://adlnet.gov/expapi/activities/course";
  static final String SESSIONS_HELD = "urn:flipside:xapi:extension:sessions-held";
  static final String ROLE = "urn:flipside:xapi:extension:role";
  /** The Open Badges 3.0 vocabulary's term for the credential the result carries. */
  static final String OPEN_BADGE = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential";
  private static final String LANGUAGE = "en";

  private RecognitionStatement() {}

  /** The statement's id: a name-based UUID of the recognition's id. */
  static UUID idOf(Recognition recognition) {
    return UUID.nameUUIDFromBytes(("flipside-recognition:" + recognition.id()).getBytes(StandardCharsets.UTF_8));
  }

  static ObjectNode of(Recognition recognition, XapiSettings settings) {
    String home = settings.homePage().toString().replaceAll("/+$", "");
    URI programme = URI.create(home + "/flipside/programmes/" + encode(recognition.programmeId()));
    String completedOn = recognition.periodTo() + "T00:00:00Z";
    UUID id = idOf(recognition);

    ObjectNode statement = JsonHttp.object();
    statement.put("id", id.toString());
    ObjectNode actor = statement.putObject("actor");
    actor.put("objectType", "Agent");
    ObjectNode account = actor.putObject("account");
    account.put("homePage", settings.homePage().toString());
    account.put("name", recognition.employeeId());
    ObjectNode verb = statement.putObject("verb");
    verb.put("id", COMPLETED);
    verb.putObject("display").put(LANGUAGE, "completed");

    ObjectNode object = statement.putObject("object");
    object.put("objectType", "Activity");
    object.put("id", programme.toString());
    ObjectNode definition = object.putObject("definition");
    definition.put("type", PROGRAMME);
    definition.putObject("name").put(LANGUAGE, recognition.programmeName());
    definition.putObject("description").put(LANGUAGE, recognition.title());

    ObjectNode result = statement.putObject("result");
    result.put("completion", true);
    ObjectNode extensions = result.putObject("extensions");
    extensions.put(SESSIONS_HELD, recognition.sessionsHeld());
    extensions.set(OPEN_BADGE, OpenBadgeCredential.of(recognition, settings, "urn:uuid:" + id,
        URI.create(programme + "/roles/" + encode(recognition.role())), completedOn));
    statement.putObject("context").putObject("extensions").put(ROLE, recognition.role());
    statement.put("timestamp", completedOn);
    return statement;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
