package org.flipside.internal.library;

import java.util.Set;
import org.flipside.internal.validation.ProcessVocabulary;

/**
 * The vocabulary as Flipside's code declares it today: the engine's beans, the lifecycle's key and its stages.
 *
 * @param beans the names of the engine's beans
 * @param lifecycleProcessKey the programme lifecycle's process key
 * @param stageIds the ids of the lifecycle's stages
 * @param stageListener the bean that records a programme's stage
 */
public record DeclaredVocabulary(Set<String> beans, String lifecycleProcessKey, Set<String> stageIds,
    String stageListener) implements ProcessVocabulary {

  /** Keeps its own copies. */
  public DeclaredVocabulary {
    beans = Set.copyOf(beans);
    stageIds = Set.copyOf(stageIds);
  }
}
