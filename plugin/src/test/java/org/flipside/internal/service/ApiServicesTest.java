package org.flipside.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.flipside.api.DueWork;
import org.flipside.api.ProgrammeService;
import org.flipside.api.TaskInbox;
import org.junit.jupiter.api.Test;

/** The runtime's one list of API services: each once, each behind the boundary, none missing. */
class ApiServicesTest {

  @Test
  void eachServiceIsOfferedBehindTheBoundaryUnderItsInterface() {
    DueWork dueWork = mock(DueWork.class);
    ApiServices services = new ApiServices().add(DueWork.class, dueWork);

    assertThat(services.get(DueWork.class)).isInstanceOf(DueWork.class).isNotSameAs(dueWork);
    assertThat(services.all()).containsOnlyKeys(DueWork.class);
  }

  @Test
  void aServiceOfferedTwiceOrMissingOrUnknownIsRefusedByName() {
    ApiServices services = new ApiServices().add(DueWork.class, mock(DueWork.class));

    assertThatThrownBy(() -> services.add(DueWork.class, mock(DueWork.class))).hasMessage("DueWork is offered twice");
    assertThatThrownBy(() -> services.requireEvery(List.of(DueWork.class, TaskInbox.class)))
        .hasMessageContaining("TaskInbox");
    assertThatThrownBy(() -> services.get(ProgrammeService.class))
        .hasMessageContaining("org.flipside.api.ProgrammeService is not one of Flipside's API services");
  }
}
