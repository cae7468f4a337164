package id.kombel.discussion.solution;

/** The shape of a link members may post: an absolute http or https URL with a host, no spaces. */
public final class WebLinks {

    /** Scheme http or https, a host, then anything but white space. */
    public static final String HTTP_URL = "^(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?$";

    private WebLinks() {}
}
