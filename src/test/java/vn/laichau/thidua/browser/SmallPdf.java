package vn.laichau.thidua.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small but real one-page PDF (header, objects, cross-reference table, trailer), so the upload in the browser
 * test sends what a unit would send and any check of the file's content sees a well-formed PDF.
 */
final class SmallPdf {

  private SmallPdf() {
  }

  /** The text is drawn with a standard Type 1 font, so it is kept to ASCII. */
  static Path write(Path directory, String fileName, String text) throws IOException {
    String content = "BT /F1 18 Tf 72 720 Td (" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        + ") Tj ET";
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    append(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      append(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    append(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");

    Path file = directory.resolve(fileName);
    Files.write(file, out.toByteArray());
    return file;
  }

  private static void append(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
