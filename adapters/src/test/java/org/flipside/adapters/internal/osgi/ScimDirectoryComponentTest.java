package org.flipside.adapters.internal.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import org.flipside.adapters.standin.StandInScimServer;
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

  private static ScimDirectoryComponent.Config config(String baseUrl, String... roleGroups) {
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
      public Class<? extends Annotation> annotationType() {
        return ScimDirectoryComponent.Config.class;
      }
    };
  }
}
