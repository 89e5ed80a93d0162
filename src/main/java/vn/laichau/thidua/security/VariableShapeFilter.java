package vn.laichau.thidua.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The variables of a start ({@code /process-definition/…/start}, {@code /submit-form}) or a completion
 * ({@code /task/…/complete}, {@code /submit-form}, {@code /resolve}) must have the shape Camunda's REST API converts:
 * each an object with a {@code value}, a {@code type} the forms send (String, Integer, Long, Short, Double, Boolean,
 * Date, Json, File, Null, or none), a scalar value for all but Json and File, a file's name in its {@code valueInfo}.
 * Otherwise the request is refused with a 400 naming the variable, before Camunda reads it.
 *
 * <p>Why: Camunda answers many malformed variables with a 500 (a variable that is {@code null}, an empty or
 * {@code Xml} type, an {@code Object} it cannot deserialize, a file without {@code valueInfo}), which says "server
 * fault" to the caller and to the operators' error log for what is bad input. No form sends an object (the engine
 * also refuses it, see {@link CompletionGuard}). The body is read as a stream, after the size limit
 * ({@link RequestSizeLimitFilter}), and handed on unchanged.
 */
public class VariableShapeFilter extends OncePerRequestFilter {

  private static final Pattern CHECKED = Pattern.compile(
      ".*/(process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)"
          + "|task/[^/]+/(complete|submit-form|resolve))$");
  private static final Set<String> TYPES = Set.of("string", "integer", "long", "short", "double", "boolean", "date",
      "json", "file", "null");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory JSON = MAPPER.getFactory();
  /** A Json variable's text up to this length is parsed here; the forms' Json lists are a few hundred characters. */
  private static final int MAX_CHECKED_JSON = 1024 * 1024;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !CHECKED.matcher(request.getRequestURI()).matches()
        || request.getContentType() == null || !request.getContentType().toLowerCase(Locale.ROOT).contains("json");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    Optional<String> refusal;
    try {
      refusal = refusal(body);
    } catch (JsonProcessingException e) {
      // not JSON: Camunda's own reader answers 400
      refusal = Optional.empty();
    }
    if (refusal.isPresent()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json;charset=UTF-8");
      MAPPER.writeValue(response.getOutputStream(),
          Map.of("type", "InvalidRequestException", "message", refusal.get() + " Không có gì được lưu."));
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  /** What is wrong with the body's {@code variables}, if anything. */
  static Optional<String> refusal(byte[] body) throws IOException {
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("variables") && value == JsonToken.START_OBJECT) {
          Optional<String> wrong = variables(parser);
          if (wrong.isPresent()) {
            return wrong;
          }
        } else if (field.equals("variables") && value != JsonToken.VALUE_NULL) {
          return Optional.of("«variables» phải là một đối tượng JSON: tên biến → {\"value\": …, \"type\": …}.");
        } else {
          parser.skipChildren();
        }
      }
      return Optional.empty();
    }
  }

  private static Optional<String> variables(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return Optional.of("Biến «" + name + "» phải là một đối tượng {\"value\": …, \"type\": …}.");
      }
      JsonToken value = null;
      String text = null;
      String type = null;
      boolean fileName = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken token = parser.nextToken();
        switch (field) {
          case "value" -> {
            value = token;
            text = token == JsonToken.VALUE_STRING && parser.getTextLength() <= MAX_CHECKED_JSON ? parser.getText()
                : null;
          }
          case "type" -> {
            if (token == JsonToken.VALUE_STRING) {
              type = parser.getText();
            } else if (token != JsonToken.VALUE_NULL) {
              parser.skipChildren();
              return Optional.of("Kiểu của biến «" + name + "» phải là một tên kiểu.");
            }
          }
          case "valueInfo" -> {
            if (token == JsonToken.START_OBJECT) {
              while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String info = parser.currentName();
                JsonToken infoValue = parser.nextToken();
                fileName |= info.equals("filename") && infoValue == JsonToken.VALUE_STRING;
                parser.skipChildren();
              }
            } else if (token != JsonToken.VALUE_NULL) {
              parser.skipChildren();
              return Optional.of("«valueInfo» của biến «" + name + "» phải là một đối tượng.");
            }
          }
          default -> {
          }
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          parser.skipChildren();
        }
      }
      Optional<String> wrong = wrongValue(name, type, value, text, fileName);
      if (wrong.isPresent()) {
        return wrong;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> wrongValue(String name, String sentType, JsonToken value, String text,
      boolean fileName) {
    String type = sentType == null ? null : sentType.toLowerCase(Locale.ROOT);
    if (type != null && !TYPES.contains(type)) {
      return Optional.of("Biến «" + name + "» có kiểu «" + sentType + "»: biểu mẫu chỉ gửi chữ (String), số (Integer,"
          + " Long, Short, Double), đúng/sai (Boolean), ngày (Date), Json, tệp (File) hoặc Null.");
    }
    boolean scalar = value == null || value.isScalarValue() || value == JsonToken.VALUE_NULL;
    boolean isText = value == null || value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL;
    if ("file".equals(type) && (!fileName || !isText)) {
      return Optional.of("Tệp «" + name + "» phải có nội dung Base64 và tên tệp (valueInfo.filename).");
    }
    if ("json".equals(type) && (!isText || text != null && !parses(text))) {
      return Optional.of("Biến Json «" + name + "» phải được gửi dưới dạng một chuỗi JSON đúng cú pháp.");
    }
    if (!scalar) {
      return Optional.of("Giá trị của biến «" + name + "» phải là chữ, số, ngày hoặc đúng/sai, không phải danh sách"
          + " hay đối tượng (danh sách được gửi dưới dạng Json).");
    }
    return Optional.empty();
  }

  private static boolean parses(String json) {
    try {
      JsonNode tree = MAPPER.readTree(json);
      return tree != null && !tree.isMissingNode();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** The request with its body, read once here, read again by Camunda. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
