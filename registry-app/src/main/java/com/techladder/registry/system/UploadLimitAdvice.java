package com.techladder.registry.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above the multipart limit is a 413 problem, written here and now. Left to Spring's default it became a
 * 413 with an empty body: the error page's own dispatch parses the same oversized multipart request again and fails
 * again. The exception is raised before any controller is chosen, so this advice applies to every controller.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final ProblemWriter problems;
    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    /** The limits read as properties (defaults as Spring Boot's), so that web-layer test slices start without them. */
    UploadLimitAdvice(ProblemWriter problems,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.problems = problems;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "api.problem.uploadTooLarge",
                readable(maxFileSize), readable(maxRequestSize));
    }

    private static String readable(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}
