package org.flipside.internal.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's one typeface, Liberation Sans, taken from inside PDFBox so that the report looks the same on
 * every host and needs no fonts installed: the PDF embeds it, and the charts draw with it.
 */
final class ReportFont {

  static final String FAMILY = "Liberation Sans";
  private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  /** The glyph substitutions (GSUB) PDFBox applies to Latin text, in its {@code GsubWorkerForLatin}. */
  private static final List<String> LATIN_FEATURES = List.of("ccmp", "liga", "clig");
  private static final Font BASE = load();
  private static final IntPredicate SUBSTITUTED = substituted();

  private ReportFont() {
  }

  /** A fresh stream of the font file. */
  private static InputStream open() {
    InputStream font = PDDocument.class.getResourceAsStream(RESOURCE);
    if (font == null) {
      throw new IllegalStateException("PDFBox no longer carries " + RESOURCE);
    }
    return font;
  }

  /** The font file parsed for PDFBox. */
  static TrueTypeFont parse() throws IOException {
    try (InputStream font = open()) {
      return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
  }

  /** The typeface for Java2D at a size and style (bold is drawn by Java2D). */
  static Font awt(int style, float size) {
    return BASE.deriveFont(style, size);
  }

  /**
   * The typeface for one PDF document that shows the given text, to be embedded as a subset; the document closes
   * it. PDFBox applies the font's glyph substitutions word by word, compiling a regular expression for each word;
   * for a text with no character they could change it leaves them off, and every glyph stays the same.
   */
  static PDFont pdf(PDDocument document, String text) throws IOException {
    TrueTypeFont font = parse();
    document.registerTrueTypeFontForClosing(font);
    font.setEnableGsub(text.codePoints().anyMatch(SUBSTITUTED));
    return PDType0Font.load(document, font, true);
  }

  /**
   * The characters whose glyphs take part in a substitution PDFBox would apply (in Liberation Sans, only the tone
   * letters'); every character when the font's substitutions are not the ones PDFBox applies to Latin text.
   */
  private static IntPredicate substituted() {
    try (TrueTypeFont font = parse()) {
      GsubData substitutions = font.getGsubData();
      if (substitutions == GsubData.NO_DATA_FOUND) {
        return character -> false;
      }
      if (substitutions.getLanguage() != Language.LATIN) {
        return character -> true;
      }
      CmapLookup characters = font.getUnicodeCmapLookup();
      BitSet substituted = new BitSet();
      for (String feature : LATIN_FEATURES) {
        if (substitutions.isFeatureSupported(feature)) {
          ScriptFeature glyphs = substitutions.getFeature(feature);
          for (List<Integer> sequence : glyphs.getAllGlyphIdsForSubstitution()) {
            for (int glyph : sequence) {
              List<Integer> codes = characters.getCharCodes(glyph);
              if (codes != null) {
                codes.forEach(substituted::set);
              }
            }
          }
        }
      }
      return substituted::get;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report's typeface", e);
    }
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
