package id.kombel.platform.web;

import org.jspecify.annotations.Nullable;

/** Strong ETags from aggregate versions, and the {@code If-Match} check that goes with them. */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Fails when the client sent {@code If-Match} and it does not name the current version ({@code *}
     * matches any). Without the header the update goes ahead: clients opt in to the check.
     */
    public static void checkIfMatch(@Nullable String ifMatch, long currentVersion, String resource, String id) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = etag(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new PreconditionFailedException(resource, id);
    }
}
