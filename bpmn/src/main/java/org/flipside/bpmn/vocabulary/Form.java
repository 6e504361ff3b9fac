package org.flipside.bpmn.vocabulary;

import java.util.List;

/**
 * A form a user task shows: the fields whose answers its step's handler knows, and the variables it
 * shows besides (in text or as a field's options).
 *
 * @param id the form id, which the diagram's {@code camunda:formRef} names
 * @param fields the keys of its input fields; a submission may carry only these
 * @param shows what its text and option lists read: variables a step or the process's start sets, or (for the
 *     forms whose handler stores the answers itself) data the handler reads from Flipside's tables when the task
 *     is shown, such as {@code ambassadorsNote}
 * @since 0.1
 */
public record Form(String id, List<Var<?>> fields, List<Var<?>> shows) {

  static Form of(String id, Var<?>... fields) {
    return new Form(id, List.of(fields), List.of());
  }

  Form showing(Var<?>... shown) {
    return new Form(id, fields, List.of(shown));
  }
}
