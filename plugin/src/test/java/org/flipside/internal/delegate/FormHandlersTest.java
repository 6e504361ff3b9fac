package org.flipside.internal.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.flipside.bpmn.vocabulary.Form;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.internal.delegate.workshops.EventMoves;
import org.flipside.internal.delegate.workshops.KickOffWait;
import org.flipside.internal.engine.TaskVariables;
import org.flipside.internal.form.AnswerStore;
import org.flipside.internal.form.FormDefinition;
import org.flipside.internal.privacy.AuditTrail;
import org.junit.jupiter.api.Test;

class FormHandlersTest {

  private final List<AnswerStore> handlers = FormHandlers.create(
      new DelegateContext(null, null, null, null), mock(TaskVariables.class), mock(AuditTrail.class),
      mock(RepositoryService.class), new EventMoves(new DelegateContext(null, null, null, null),
          mock(KickOffWait.class), null));

  @Test
  void noFormHasTwoHandlers() {
    for (Form form : Forms.all()) {
      FormDefinition definition = FormDefinition.parse("{\"id\": \"" + form.id() + "\", \"components\": []}");
      assertThat(handlers.stream().filter(handler -> handler.stores(definition)).count())
          .as("handlers of %s", form.id()).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void everyFormThatShowsWhatTheEngineDoesNotHoldHasAHandlerOfItsStage() {
    for (Form form : Forms.all()) {
      FormDefinition definition = FormDefinition.parse("{\"id\": \"" + form.id() + "\", \"components\": []}");
      boolean showsFlipsidesData = form.shows().stream()
          .anyMatch(shown -> shown.meaning().contains("read from Flipside's tables"));
      // the themes' form is handled with the surveys, whose store keeps the evaluation's pseudonymous answers
      if (showsFlipsidesData && !form.id().equals(Forms.REVIEW_EVALUATION)) {
        assertThat(handlers).as("handlers of %s", form.id()).anyMatch(handler -> handler.stores(definition));
      }
    }
  }
}
