package id.kombel.membership.identity;

import id.kombel.membership.member.MemberAccount;
import id.kombel.membership.member.MemberAccounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Sign-in, token refresh and logout. */
@Service
class LoginService {

    private final MemberAccounts accounts;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final LockoutPolicy lockout;
    private final Clock clock;

    LoginService(
            MemberAccounts accounts,
            AccessTokens accessTokens,
            RefreshTokens refreshTokens,
            IdentityProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.lockout = new LockoutPolicy(properties.lockout());
        this.clock = clock;
    }

    /**
     * A locked account is refused before its password is checked, so guessing on stops working. An
     * unknown email costs a password check like a known one and gets the same answer.
     */
    TokenResponse login(String email, String password) {
        Optional<MemberAccount> account = accounts.findByEmail(email);
        Instant now = clock.instant();
        Optional<Instant> lockedUntil = account.flatMap(MemberAccount::signInLockedUntil);
        if (lockedUntil.isPresent() && lockedUntil.get().isAfter(now)) {
            throw new LoginLockedException(Duration.between(now, lockedUntil.get()));
        }
        if (!accounts.passwordMatches(account, password)) {
            account.ifPresent(member -> recordFailure(member.memberId(), now));
            throw new InvalidCredentialsException();
        }
        MemberAccount member = account.orElseThrow();
        accounts.recordSuccessfulSignIn(member.memberId());
        return tokens(member, refreshTokens.issue(member.memberId()));
    }

    /** A new pair for a valid refresh token, with the member's roles as they are now. */
    TokenResponse refresh(String refreshToken) {
        RefreshTokens.Rotated rotated =
                refreshTokens.rotate(refreshToken).orElseThrow(InvalidRefreshTokenException::new);
        MemberAccount member = accounts.find(rotated.memberId()).orElseThrow(InvalidRefreshTokenException::new);
        return tokens(member, rotated.token());
    }

    void logout(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    private void recordFailure(String memberId, Instant now) {
        int failures = accounts.recordFailedSignIn(memberId);
        lockout.lockAfter(failures).ifPresent(delay -> accounts.lockSignIn(memberId, now.plus(delay)));
    }

    private TokenResponse tokens(MemberAccount member, String refreshToken) {
        return new TokenResponse(accessTokens.issue(member), "Bearer", accessTokens.ttlSeconds(), refreshToken);
    }
}
