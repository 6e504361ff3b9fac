package org.flipside.internal.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flipside.bpmn.vocabulary.BuildingBlock;
import org.flipside.bpmn.vocabulary.BuildingBlocks;
import org.junit.jupiter.api.Test;

class DelegateBeansTest {

  private final Map<String, Object> beans = DelegateBeans.create(new DelegateContext(null, null, null, null));

  @Test
  void registersExactlyTheDeclaredBuildingBlocks() {
    assertThat(beans.keySet())
        .containsExactlyInAnyOrderElementsOf(BuildingBlocks.all().stream().map(BuildingBlock::name).toList());
  }

  @Test
  void eachBeanRunsWhereItsBuildingBlockSaysADiagramMayPutIt() {
    // the engine runs a JavaDelegate as an execution listener too
    BuildingBlocks.all().forEach(block -> assertThat(beans.get(block.name())).as(block.name())
        .isInstanceOfAny(block.kind() == BuildingBlock.Kind.SERVICE_TASK
            ? new Class<?>[] {JavaDelegate.class} : new Class<?>[] {ExecutionListener.class, JavaDelegate.class}));
  }
}
