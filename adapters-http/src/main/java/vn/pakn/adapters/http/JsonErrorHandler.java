package vn.pakn.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches Javalin (an ambiguous or undecodable URI such as
 * {@code /%00}, a bad header): the API's one JSON error shape instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

  private final ObjectMapper mapper;

  JsonErrorHandler(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Every method gets the error body, POST included (Jetty's default writes one for GET only). */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws JsonProcessingException {
    String error = code == 404 ? "not_found" : code == 413 || code == 431 ? "too_large"
        : code >= 500 ? "internal" : "validation";
    String text = code == 404 ? "Không tìm thấy"
        : code == 413 || code == 431 ? "Yêu cầu quá lớn"
        : code >= 500 ? "Lỗi máy chủ; sự cố đã được ghi lại"
        : "Yêu cầu không hợp lệ (đường dẫn hoặc tiêu đề HTTP sai định dạng)";
    byte[] body = mapper.writeValueAsBytes(new ErrorBody(error, text, null));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
