package org.flipside.adapters.internal.osgi;

import java.net.URI;
import java.time.Duration;
import org.flipside.adapters.xapi.XapiLearningRecords;
import org.flipside.adapters.xapi.XapiSettings;
import org.flipside.spi.LearningRecords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The host's {@link LearningRecords} in an xAPI learning record store, offered once the host configures
 * {@value #PID}; a changed configuration starts a new one on the new settings.
 */
@Component(service = LearningRecords.class, configurationPid = XapiLearningRecordsComponent.PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = XapiLearningRecordsComponent.Config.class)
public final class XapiLearningRecordsComponent extends XapiLearningRecords {

  /** The configuration's persistent id. */
  public static final String PID = "org.flipside.adapters.xapi";

  /** The settings as Configuration Admin holds them. */
  @ObjectClassDefinition(name = "Flipside xAPI learning records",
      description = "Flipside records mentors' recognition as xAPI statements with an Open Badges 3.0 credential.")
  public @interface Config {

    /** The LRS's xAPI endpoint. */
    @AttributeDefinition(name = "xAPI endpoint", description = "Under which statements is, such as "
        + "https://lrs.example/xapi/")
    String endpoint();

    /** The Basic authentication user. */
    @AttributeDefinition(name = "User", description = "The LRS client's key, for Basic authentication")
    String username();

    /** The Basic authentication password. */
    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD,
        description = "The LRS client's secret, for Basic authentication")
    String password();

    /** The host platform's address. */
    @AttributeDefinition(name = "Platform address", description = "The host platform's URL: the home page of the "
        + "employees' xAPI accounts, the base of the programmes' activity ids and the badge issuer's id")
    String homePage();

    /** Who issues the badges. */
    @AttributeDefinition(name = "Badge issuer", description = "The organisation the badges name as their issuer")
    String issuerName();

    /** How long a request may take. */
    @AttributeDefinition(name = "Timeout (seconds)", min = "1", description = "How long one request may take")
    int timeoutSeconds() default XapiSettings.DEFAULT_TIMEOUT_SECONDS;
  }

  /** Learning records in the configured LRS. */
  @Activate
  public XapiLearningRecordsComponent(Config config) {
    super(new XapiSettings(URI.create(config.endpoint()), config.username(), config.password(),
        URI.create(config.homePage()), config.issuerName(), Duration.ofSeconds(config.timeoutSeconds())));
  }
}
