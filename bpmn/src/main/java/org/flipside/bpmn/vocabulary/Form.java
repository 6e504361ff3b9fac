package org.flipside.bpmn.vocabulary;

import java.util.List;

/**
 * A form a user task shows: the fields whose answers its step's handler knows, the variables it
 * shows besides (in text or as a field's options), and which of its answers the handler keeps in
 * Flipside's tables rather than handing them to the engine.
 *
 * @param id the form id, which the diagram's {@code camunda:formRef} names
 * @param fields the keys of its input fields; a submission may carry only these
 * @param shows what its text and option lists read: variables a step or the process's start sets, or data the
 *     form's handler reads from Flipside's tables when the task is shown, such as {@code ambassadorsNote}
 * @param kept the fields whose answers the form's handler keeps in Flipside's tables: free text, names and
 *     protected characteristics never reach the engine, so no step of a diagram can read them
 * @since 1.0
 */
public record Form(String id, List<Var<?>> fields, List<Var<?>> shows, List<Var<?>> kept) {

  static Form of(String id, Var<?>... fields) {
    return new Form(id, List.of(fields), List.of(), List.of());
  }

  Form showing(Var<?>... shown) {
    return new Form(id, fields, List.of(shown), kept);
  }

  /** The form whose handler keeps these answers in Flipside's tables. */
  Form keeping(Var<?>... answers) {
    return new Form(id, fields, shows, List.of(answers));
  }

  /** The form whose handler keeps all its answers in Flipside's tables. */
  Form keepingAll() {
    return new Form(id, fields, shows, fields);
  }

  /** The fields whose answers the engine receives, which a diagram may read. */
  public List<Var<?>> steering() {
    return fields.stream().filter(field -> !kept.contains(field)).toList();
  }
}
