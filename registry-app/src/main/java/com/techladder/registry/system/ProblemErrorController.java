package com.techladder.registry.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Replaces Spring Boot's {@code /error} JSON with a problem, so errors that no controller advice sees (404 for an
 * unknown path, 405, an unexpected exception) are {@code application/problem+json} too. Browsers asking for HTML still
 * get the HTML error page.
 */
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
            ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, webProperties.getError(), errorViewResolvers.orderedStream().toList());
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(getStatus(request).value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> attributes = getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detailFor(status));
        body.put("instance", attributes.get("path"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** zh-CN detail by status; the exception message is not shown, as it may reveal internals. */
    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "请求的资源不存在";
            case METHOD_NOT_ALLOWED -> "不支持该请求方法";
            case UNAUTHORIZED -> "请先登录";
            case FORBIDDEN -> "当前账户无权访问该资源";
            case BAD_REQUEST -> "请求无效";
            case PAYLOAD_TOO_LARGE -> "请求体或上传的文件超过大小上限";
            default -> status.is5xxServerError() ? "服务器内部错误，请稍后再试或联系管理员" : status.getReasonPhrase();
        };
    }
}
