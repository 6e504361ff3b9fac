package org.flipside.model.persistence;

import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Tells EclipseLink that an embedded value holding collections (such as a programme's recruitment audience, whose
 * lists live in tables of their own) is never null. Its entity always creates one, and EclipseLink cannot tell an
 * absent value from an empty one in such an embeddable anyway: left at the default, it corrects the mapping itself
 * and warns about it in the host's log on every start.
 */
public final class EmbeddedCollectionsPresent implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    Set<String> withCollections = session.getProject().getOrderedDescriptors().stream()
        .filter(descriptor -> descriptor.getMappings().stream().anyMatch(DatabaseMapping::isCollectionMapping))
        .map(ClassDescriptor::getJavaClassName)
        .collect(Collectors.toSet());
    for (ClassDescriptor descriptor : session.getProject().getOrderedDescriptors()) {
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (mapping instanceof AggregateObjectMapping embedded
            && withCollections.contains(embedded.getReferenceClassName())) {
          embedded.setIsNullAllowed(false);
        }
      }
    }
  }
}
