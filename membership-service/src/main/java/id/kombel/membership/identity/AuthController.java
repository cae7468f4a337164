package id.kombel.membership.identity;

import id.kombel.platform.web.Problems;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public: sign in, refresh, log out. Token answers are never cached by anyone on the way. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final LoginService logins;
    private final Problems problems;

    AuthController(LoginService logins, Problems problems) {
        this.logins = logins;
        this.problems = problems;
    }

    @PostMapping("/login")
    ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request) {
        return tokens(logins.login(request.email(), request.password()));
    }

    @PostMapping("/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshTokenRequest request) {
        return tokens(logins.refresh(request.refreshToken()));
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshTokenRequest request) {
        logins.logout(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    /** The platform's problem, plus the header that tells clients when to try again. */
    @ExceptionHandler(LoginLockedException.class)
    ResponseEntity<ProblemDetail> locked(LoginLockedException e) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problems.of(e.status(), e.type(), LocaleContextHolder.getLocale(), e.detailArguments()));
    }

    private static ResponseEntity<TokenResponse> tokens(TokenResponse tokens) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(tokens);
    }
}
