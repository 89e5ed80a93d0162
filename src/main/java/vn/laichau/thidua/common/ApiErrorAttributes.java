package vn.laichau.thidua.common;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring Boot's error page for what no handler answered ({@code /api/unknown}, an unforeseen failure): under
 * {@code /api} it carries a Vietnamese {@code message} like every other answer of the API. Stack traces and exception
 * names are never included (application.yaml, server.error).
 */
@Component
public class ApiErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
    if (path instanceof String uri && (uri.startsWith("/api/") || uri.equals("/api"))
        && attributes.get("status") instanceof Integer status) {
      attributes.put("message", messageFor(status));
    }
    return attributes;
  }

  static String messageFor(int status) {
    return switch (status) {
      case 400 -> "Yêu cầu không hợp lệ.";
      case 401 -> "Cần đăng nhập bằng tài khoản của hệ thống.";
      case 403 -> "Bạn không có quyền thực hiện thao tác này.";
      case 404 -> "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.";
      case 405 -> "Địa chỉ này không nhận phương thức được dùng.";
      default -> status >= 500
          ? "Lỗi hệ thống: thao tác chưa thực hiện được. Vui lòng thử lại sau hoặc báo quản trị viên."
          : "Yêu cầu không thực hiện được.";
    };
  }
}
