package org.flipside.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flipside.api.Flipside;
import org.flipside.api.ProgrammeService;
import org.flipside.api.TaskInbox;
import org.junit.jupiter.api.Test;

/** Flipside's getters answered from a lookup: every getter's service, and close runs the host's action. */
class FlipsideViewTest {

  @Test
  void theServicesAreWhatFlipsidesGettersReturn() {
    assertThat(FlipsideView.services())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Flipside.class.getDeclaredMethods())
            .filter(method -> !method.getName().equals("close"))
            .map(Method::getReturnType)
            .toList())
        .contains(ProgrammeService.class, TaskInbox.class)
        .doesNotHaveDuplicates();
  }

  @Test
  void eachGetterAsksTheLookupForItsServiceAndCloseRunsTheHostsAction() {
    Map<Class<?>, Object> services = new HashMap<>();
    FlipsideView.services().forEach(type -> services.put(type, mock(type)));
    AtomicBoolean closed = new AtomicBoolean();

    Flipside flipside = FlipsideView.of(services::get, () -> closed.set(true));

    assertThat(flipside.programmes()).isSameAs(services.get(ProgrammeService.class));
    assertThat(flipside.inbox()).isSameAs(services.get(TaskInbox.class));
    assertThat(closed).isFalse();
    flipside.close();
    assertThat(closed).isTrue();
  }
}
