package org.flipside.internal.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Where on its page a PDF draws each image, read from the page's content stream. */
final class ImagePlacements extends PDFStreamEngine {

  /** An image as drawn: its page's size and its left and right edges, in points. */
  record Placed(PDRectangle page, float left, float right) {
  }

  private final List<Placed> placed = new ArrayList<>();
  private PDRectangle page;

  private ImagePlacements() {
    addOperator(new Concatenate(this));
    addOperator(new DrawObject(this));
    addOperator(new SetGraphicsStateParameters(this));
    addOperator(new Save(this));
    addOperator(new Restore(this));
    addOperator(new SetMatrix(this));
  }

  static List<Placed> of(PDDocument pdf) throws IOException {
    ImagePlacements engine = new ImagePlacements();
    for (PDPage page : pdf.getPages()) {
      engine.page = page.getMediaBox();
      engine.processPage(page);
    }
    return engine.placed;
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if ("Do".equals(operator.getName()) && operands.get(0) instanceof COSName name) {
      PDXObject object = getResources().getXObject(name);
      if (object instanceof PDImageXObject) {
        Matrix matrix = getGraphicsState().getCurrentTransformationMatrix();
        float left = matrix.getTranslateX();
        placed.add(new Placed(page, left, left + matrix.getScalingFactorX()));
        return;
      }
    }
    super.processOperator(operator, operands);
  }
}
