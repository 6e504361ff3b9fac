package org.flipside.adapters.xapi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.flipside.adapters.RemoteServiceException;
import org.flipside.adapters.internal.JsonHttp;
import org.flipside.spi.LearningRecords;
import org.flipside.spi.Recognition;

/**
 * Records each recognition as an xAPI 1.0.3 statement in a learning record store ({@code POST statements}, Basic
 * authentication), carrying an Open Badges 3.0 credential for the mentor.
 *
 * <p>When the LRS cannot take a statement this throws a {@link RemoteServiceException}, and Flipside tries the
 * recognition again later, as {@link LearningRecords} says. The statement's id follows from the recognition's, so
 * a retry after an answer that went missing is the same statement: an LRS that already holds it answers 409 Conflict,
 * which counts as recorded.
 *
 * @since 1.1
 */
public class XapiLearningRecords implements LearningRecords {

  /** The xAPI version every request names, as the {@code X-Experience-API-Version} header. */
  public static final String XAPI_VERSION = "1.0.3";

  private final XapiSettings settings;
  private final URI statements;
  private final JsonHttp lrs;

  /**
   * Records in the LRS the settings name.
   *
   * @param settings where the LRS is, how to sign in, who issues the badges
   */
  public XapiLearningRecords(XapiSettings settings) {
    this.settings = settings;
    this.statements = URI.create(settings.endpoint().toString().replaceAll("/+$", "") + "/statements");
    String credential = Base64.getEncoder()
        .encodeToString((settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
    this.lrs = new JsonHttp("learning record store " + settings.endpoint(), settings.timeout(),
        Map.of("Authorization", "Basic " + credential, "X-Experience-API-Version", XAPI_VERSION), "application/json");
  }

  @Override
  public void record(Recognition recognition) {
    try {
      lrs.post(statements, RecognitionStatement.of(recognition, settings));
    } catch (RemoteServiceException e) {
      if (e.status() != 409) {
        throw e;
      }
    }
  }
}
