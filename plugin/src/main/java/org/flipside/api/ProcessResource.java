package org.flipside.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One file of a process library: a BPMN diagram ({@code .bpmn}), a DMN table ({@code .dmn}) or a Camunda form
 * ({@code .form}).
 *
 * @param name the file's name, such as {@code pair-journey.bpmn}
 * @param content the file's bytes
 * @since 1.0
 */
public record ProcessResource(String name, byte[] content) {

  /** Keeps its own copy of the content. */
  public ProcessResource {
    content = content == null ? null : content.clone();
  }

  /** A file from its text, in UTF-8. */
  public static ProcessResource of(String name, String text) {
    return new ProcessResource(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy of the file's bytes. */
  @Override
  public byte[] content() {
    return content == null ? null : content.clone();
  }

  /** The file's content as UTF-8 text. */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessResource that && name.equals(that.name) && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return name + " (" + (content == null ? 0 : content.length) + " bytes)";
  }
}
