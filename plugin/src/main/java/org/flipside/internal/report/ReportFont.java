package org.flipside.internal.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The report's one typeface, Liberation Sans, taken from inside PDFBox so that the report looks the same on
 * every host and needs no fonts installed: the PDF embeds it, and the charts draw with it.
 */
final class ReportFont {

  static final String FAMILY = "Liberation Sans";
  private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final Font BASE = load();

  private ReportFont() {
  }

  /** A fresh stream of the font file, as the PDF renderer asks for it. */
  static InputStream open() {
    InputStream font = PDDocument.class.getResourceAsStream(RESOURCE);
    if (font == null) {
      throw new IllegalStateException("PDFBox no longer carries " + RESOURCE);
    }
    return font;
  }

  /** The typeface for Java2D at a size and style (bold is drawn by Java2D). */
  static Font awt(int style, float size) {
    return BASE.deriveFont(style, size);
  }

  private static Font load() {
    try (InputStream font = open()) {
      return Font.createFont(Font.TRUETYPE_FONT, font);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }
}
