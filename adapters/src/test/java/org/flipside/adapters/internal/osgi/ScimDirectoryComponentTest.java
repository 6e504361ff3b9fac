package org.flipside.adapters.internal.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.annotation.Annotation;
import org.flipside.adapters.scim.ScimSettings;
import org.flipside.adapters.standin.StandInScimServer;
import org.flipside.spi.Employee;
import org.flipside.spi.FlipsideRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The component's configuration as Configuration Admin hands it over, against a stand-in SCIM server. */
class ScimDirectoryComponentTest {

  private final StandInScimServer server = new StandInScimServer("token", 10);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void roleGroupsAreReadFromRoleEqualsGroupEntriesSkippingBlankOnes() {
    server.addUser("hr-1", "hr-1", "HR One");
    server.addGroup("g-hr", "HR Administrators", "hr-1");

    ScimDirectoryComponent directory = new ScimDirectoryComponent(
        config(server.baseUrl(), "", " flipside-hr-admin = HR Administrators "));

    assertThat(directory.rolesOf("hr-1")).containsExactly(FlipsideRoles.HR_ADMIN);
    assertThat(server.requests()).allSatisfy(request ->
        assertThat(request.headers()).containsEntry("authorization", "Bearer token"));
  }

  @Test
  void aMalformedEntryOrSettingIsRefusedByName() {
    assertThatThrownBy(() -> new ScimDirectoryComponent(config(server.baseUrl(), "HR Administrators")))
        .hasMessage("roleGroups must hold role=group entries but held HR Administrators");
    assertThatThrownBy(() -> new ScimDirectoryComponent(config("hr.example/scim")))
        .hasMessage("baseUrl must be an absolute http or https URL but was hr.example/scim");
  }

  @Test
  void theBandIsReadFromTheConfiguredAttributeAndByDefaultFromFlipsidesExtension() {
    ((ObjectNode) server.addEmployee("m-1", "Mo One", "Finance", null, 7, "en-GB").get(StandInScimServer.ENTERPRISE))
        .put("costCenter", "Band 8c");

    assertThat(new ScimDirectoryComponent(config(server.baseUrl())).find("m-1").orElseThrow())
        .extracting(Employee::band, Employee::bandLabel).containsExactly(7, "Band 7");
    String costCenter = StandInScimServer.ENTERPRISE + ":costCenter";
    assertThat(new ScimDirectoryComponent(bandConfig(server.baseUrl(), costCenter, costCenter)).find("m-1").orElseThrow())
        .extracting(Employee::band, Employee::bandLabel).containsExactly(8, "Band 8c");
    assertThatThrownBy(() -> new ScimDirectoryComponent(bandConfig(server.baseUrl(), "urn:costCenter", costCenter)))
        .hasMessageStartingWith("bandAttribute must be a SCIM attribute path");
  }

  private static ScimDirectoryComponent.Config config(String baseUrl, String... roleGroups) {
    return bandConfig(baseUrl, ScimSettings.DEFAULT_BAND_ATTRIBUTE, ScimSettings.DEFAULT_BAND_LABEL_ATTRIBUTE,
        roleGroups);
  }

  private static ScimDirectoryComponent.Config bandConfig(String baseUrl, String bandAttribute, String bandLabelAttribute,
      String... roleGroups) {
    return new ScimDirectoryComponent.Config() {
      @Override
      public String baseUrl() {
        return baseUrl;
      }

      @Override
      public String bearerToken() {
        return "token";
      }

      @Override
      public int pageSize() {
        return 50;
      }

      @Override
      public int timeoutSeconds() {
        return 5;
      }

      @Override
      public String[] roleGroups() {
        return roleGroups;
      }

      @Override
      public String bandAttribute() {
        return bandAttribute;
      }

      @Override
      public String bandLabelAttribute() {
        return bandLabelAttribute;
      }

      @Override
      public Class<? extends Annotation> annotationType() {
        return ScimDirectoryComponent.Config.class;
      }
    };
  }
}
