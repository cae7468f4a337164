package id.kombel.membership;

/** A member the tests registered or signed in through the API, with their tokens. */
public record TestMember(String id, String email, String password, String accessToken, String refreshToken) {

    /** The {@code Authorization} header value. */
    public String bearer() {
        return "Bearer " + accessToken;
    }
}
