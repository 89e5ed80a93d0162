package vn.laichau.thidua.congress.rules;

import static vn.laichau.thidua.contract.CongressVariables.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.laichau.thidua.congress.Violations;

/**
 * R6 (plan IV.1): the dossier holds the plan, the schedule, the summary report and the congress content, each a PDF or
 * DOCX file no larger than {@code thidua.dossier.max-file-size}. A file is accepted only when its name, its declared
 * type and its first bytes agree: a renamed image is not a PDF.
 */
@Component
@Order(70)
public class DossierDocumentsRule implements DraftPlanRule {

  /** The four documents in the order of the plan, with the names people read. */
  public static final Map<String, String> DOCUMENTS = documents();

  private final DossierProperties properties;

  public DossierDocumentsRule(DossierProperties properties) {
    this.properties = properties;
  }

  /**
   * What the unit's form needs to offer what this rule accepts, so it keeps no copy of it: the largest file (label and
   * bytes), the kinds of document (label and the file picker's {@code accept}), the four documents with their names.
   */
  public Map<String, Object> formGuidance() {
    long maxBytes = properties.maxFileSize().toBytes();
    Map<String, Object> guidance = new LinkedHashMap<>();
    guidance.put("maxFileSizeLabel", megabytes(maxBytes));
    guidance.put("maxFileSizeBytes", maxBytes);
    guidance.put("typesLabel", String.join(" hoặc ", Arrays.stream(DocumentType.values()).map(t -> t.label).toList()));
    guidance.put("accept", String.join(",", Arrays.stream(DocumentType.values())
        .flatMap(t -> java.util.stream.Stream.of(t.extension, t.mimeType)).toList()));
    guidance.put("documents", DOCUMENTS.entrySet().stream()
        .map(document -> Map.of("value", document.getKey(), "label", document.getValue())).toList());
    return guidance;
  }

  @Override
  public void check(DraftPlan plan, Violations violations) {
    DOCUMENTS.forEach((variable, label) -> checkDocument(plan, variable, label, violations));
  }

  private void checkDocument(DraftPlan plan, String variable, String label, Violations violations) {
    TypedValue value = plan.scope().getVariableTyped(variable);
    if (value == null || value.getValue() == null) {
      violations.add("R6", "Hồ sơ còn thiếu tệp «" + label + "» (" + variable + ").");
      return;
    }
    if (!(value instanceof FileValue file)) {
      violations.add("R6", "«" + label + "» (" + variable + ") phải là một tệp PDF hoặc DOCX được tải lên.");
      return;
    }
    String name = file.getFilename() == null ? "" : file.getFilename();
    Optional<DocumentType> byName = DocumentType.byExtension(name);
    Optional<DocumentType> byMime = DocumentType.byMimeType(file.getMimeType());
    if (byName.isEmpty() || byMime.isEmpty() || byName.get() != byMime.get()) {
      violations.add("R6", "Tệp «" + label + "» (" + name + ") phải là PDF (.pdf) hoặc DOCX (.docx); loại tệp "
          + "khai báo: " + (file.getMimeType() == null ? "không có" : file.getMimeType()) + ".");
      return;
    }
    long maxBytes = properties.maxFileSize().toBytes();
    Content content = read(file, maxBytes);
    if (content.size() > maxBytes) {
      violations.add("R6", "Tệp «" + label + "» (" + name + ") vượt quá dung lượng tối đa "
          + megabytes(properties.maxFileSize().toBytes()) + ".");
    } else if (content.size() == 0) {
      violations.add("R6", "Tệp «" + label + "» (" + name + ") rỗng.");
    } else if (!byName.get().matches(content.head())) {
      violations.add("R6", "Nội dung tệp «" + label + "» (" + name + ") không phải là tệp "
          + byName.get().label + " hợp lệ.");
    }
  }

  /** Reads at most one byte more than allowed: enough to know the size is too large without reading a huge file. */
  private static Content read(FileValue file, long maxBytes) {
    try (InputStream in = file.getValue()) {
      byte[] head = in.readNBytes(8);
      long size = head.length;
      byte[] buffer = new byte[8192];
      int n;
      while (size <= maxBytes && (n = in.read(buffer)) > 0) {
        size += n;
      }
      return new Content(head, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String megabytes(long bytes) {
    DataSize size = DataSize.ofBytes(bytes);
    if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return size.toMegabytes() + " MB";
    }
    return String.format(Locale.forLanguageTag("vi"), "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private record Content(byte[] head, long size) {
  }

  private static Map<String, String> documents() {
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put(PLAN_DOCUMENT, "Kế hoạch tổ chức Đại hội");
    documents.put(SCHEDULE_DOCUMENT, "Lịch tổ chức Đại hội");
    documents.put(SUMMARY_REPORT, "Báo cáo tổng kết");
    documents.put(PROGRAMME_DOCUMENT, "Nội dung (chương trình) Đại hội");
    return Collections.unmodifiableMap(documents);
  }

  /** The accepted kinds of document. */
  enum DocumentType {
    PDF("PDF", ".pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    DOCX("DOCX", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        new byte[] {'P', 'K', 3, 4});

    final String label;
    final String extension;
    final String mimeType;
    final byte[] signature;

    DocumentType(String label, String extension, String mimeType, byte[] signature) {
      this.label = label;
      this.extension = extension;
      this.mimeType = mimeType;
      this.signature = signature;
    }

    static Optional<DocumentType> byExtension(String filename) {
      String lower = filename.toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(t -> lower.endsWith(t.extension)).findFirst();
    }

    static Optional<DocumentType> byMimeType(String mimeType) {
      if (mimeType == null) {
        return Optional.empty();
      }
      String bare = mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(t -> t.mimeType.equals(bare)).findFirst();
    }

    boolean matches(byte[] head) {
      return head.length >= signature.length
          && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
    }
  }
}
