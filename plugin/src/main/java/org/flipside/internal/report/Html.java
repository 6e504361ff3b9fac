package org.flipside.internal.report;

/** A small builder of well-formed XHTML, escaping every piece of text it is given. */
final class Html {

  private final StringBuilder out = new StringBuilder(32_768);

  /** Opens an element; attributes come as name, value pairs. */
  Html open(String element, String... attributes) {
    out.append('<').append(element);
    attributes(attributes);
    out.append('>');
    return this;
  }

  Html close(String element) {
    out.append("</").append(element).append('>');
    return this;
  }

  /** An element with text content. */
  Html element(String element, String text, String... attributes) {
    return open(element, attributes).text(text).close(element);
  }

  /** An empty element such as an image. */
  Html empty(String element, String... attributes) {
    out.append('<').append(element);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Markup written by Flipside itself, never text from a person. */
  Html markup(String markup) {
    out.append(markup);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void attributes(String... attributes) {
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          // characters XML 1.0 forbids (control codes) would make the document unreadable for the PDF renderer
          if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
