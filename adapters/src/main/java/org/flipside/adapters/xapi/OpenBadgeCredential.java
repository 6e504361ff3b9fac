package org.flipside.adapters.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import org.flipside.adapters.internal.JsonHttp;
import org.flipside.spi.Recognition;

/**
 * A mentor's recognition as an Open Badges 3.0 {@code OpenBadgeCredential}: a W3C Verifiable Credential whose
 * subject achieved the programme's role. It goes without a proof: signing is the issuer's, so the host's badge
 * platform signs what it takes from the LRS with its own key.
 */
final class OpenBadgeCredential {

  static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  private OpenBadgeCredential() {}

  /**
   * The credential.
   *
   * @param id the credential's id, a URN
   * @param achievement the achievement's id: the programme's role
   * @param issued when the credential counts from
   */
  static ObjectNode of(Recognition recognition, XapiSettings settings, String id, URI achievement, String issued) {
    ObjectNode credential = JsonHttp.object();
    credential.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
    credential.put("id", id);
    credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
    ObjectNode issuer = credential.putObject("issuer");
    issuer.put("id", settings.homePage().toString());
    issuer.putArray("type").add("Profile");
    issuer.put("name", settings.issuerName());
    credential.put("validFrom", issued);
    credential.put("name", recognition.title());

    ObjectNode subject = credential.putObject("credentialSubject");
    subject.putArray("type").add("AchievementSubject");
    // the employee id in the host's platform, never their name or address
    ObjectNode identifier = subject.putArray("identifier").addObject();
    identifier.put("type", "IdentityObject");
    identifier.put("hashed", false);
    identifier.put("identityHash", recognition.employeeId());
    identifier.put("identityType", "identifier");
    identifier.put("issuedBy", settings.homePage().toString());
    subject.put("role", recognition.role());
    subject.put("activityStartDate", recognition.periodFrom() + "T00:00:00Z");
    subject.put("activityEndDate", recognition.periodTo() + "T00:00:00Z");

    ObjectNode achieved = subject.putObject("achievement");
    achieved.put("id", achievement.toString());
    achieved.putArray("type").add("Achievement");
    achieved.put("name", recognition.title());
    achieved.put("description", recognition.description());
    achieved.putObject("criteria").put("narrative", "Took part as " + recognition.role() + " in "
        + recognition.programmeName() + " until the pair completed it.");
    return credential;
  }
}
