package org.flipside.internal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font lookup, with Helvetica answered by the report's own typeface. Writing the report, PDFBox still
 * instantiates Helvetica, one of the standard 14 fonts, though the report uses only its own typeface, and looks for
 * it among the host's system fonts; on a host with none like it, it fell back on the Liberation Sans it carries and
 * logged a warning each time. Liberation Sans has Helvetica's metrics, so this answers with it at once, without the
 * search or the warning; every other font PDFBox looks up as before. PDFBox keeps one mapper per class loader: in the
 * bundle that is Flipside's own PDFBox; a plain Java host that shares its PDFBox with Flipside gets Liberation Sans for
 * its own Helvetica too.
 */
final class ReportFontMapper implements FontMapper {

  private final FontMapper system;
  private final TrueTypeFont helvetica;

  private ReportFontMapper(FontMapper system, TrueTypeFont helvetica) {
    this.system = system;
    this.helvetica = helvetica;
  }

  /** Puts the mapper in PDFBox's place, once: PDFBox keeps one per class loader. */
  static synchronized void install() {
    if (FontMappers.instance() instanceof ReportFontMapper) {
      return;
    }
    try {
      FontMappers.set(new ReportFontMapper(FontMappers.instance(),
          ReportFont.parse()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report's typeface", e);
    }
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
    return isHelvetica(baseFont) ? new FontMapping<>(helvetica, false)
        : system.getTrueTypeFont(baseFont, fontDescriptor);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
    return isHelvetica(baseFont) ? new FontMapping<>(helvetica, false)
        : system.getFontBoxFont(baseFont, fontDescriptor);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
    return system.getCIDFont(baseFont, fontDescriptor, cidSystemInfo);
  }

  private static boolean isHelvetica(String baseFont) {
    return baseFont != null && baseFont.toLowerCase(Locale.ROOT).startsWith("helvetica");
  }
}
