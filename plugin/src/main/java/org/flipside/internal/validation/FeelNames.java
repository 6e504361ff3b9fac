package org.flipside.internal.validation;

// the engine's FEEL jar shades the Scala library under camundajar.impl: its syntax tree is built from these
import camundajar.impl.scala.Product;
import camundajar.impl.scala.Tuple2;
import camundajar.impl.scala.collection.Iterator;
import org.camunda.feel.syntaxtree.Exp;
import org.camunda.feel.syntaxtree.Filter;
import org.camunda.feel.syntaxtree.FunctionDefinition;
import org.camunda.feel.syntaxtree.Ref;
import java.util.HashSet;
import java.util.Set;

/**
 * The variables a parsed FEEL expression reads from its context: every name it refers to, less those it binds
 * itself (the iterators of {@code for}, {@code some} and {@code every}, a context's keys, a function's
 * parameters). A filter's condition is left out, as its names may be the properties of the list's items.
 */
final class FeelNames {

  private final Set<String> referred = new HashSet<>();
  private final Set<String> bound = new HashSet<>();

  private FeelNames() {}

  static Set<String> readBy(Exp expression) {
    FeelNames names = new FeelNames();
    names.walk(expression);
    Set<String> free = new HashSet<>(names.referred);
    free.removeAll(names.bound);
    return free;
  }

  private void walk(Object node) {
    if (node instanceof Ref ref) {
      referred.add(ref.names().head());
      return;
    }
    if (node instanceof Filter filter) {
      walk(filter.list());
      return;
    }
    if (node instanceof FunctionDefinition function) {
      Iterator<String> parameters = function.parameters().iterator();
      while (parameters.hasNext()) {
        bound.add(parameters.next());
      }
    }
    if (node instanceof Tuple2<?, ?> pair && pair._1() instanceof String name && pair._2() instanceof Exp) {
      bound.add(name);
    }
    if (node instanceof Product product) {
      Iterator<Object> parts = product.productIterator();
      while (parts.hasNext()) {
        walk(parts.next());
      }
    }
  }
}
