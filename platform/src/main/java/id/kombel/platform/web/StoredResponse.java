package id.kombel.platform.web;

import org.jspecify.annotations.Nullable;

/** What is kept of a response to replay it: its status, the headers a client acts on, its body. */
record StoredResponse(
        int status,
        @Nullable String location,
        @Nullable String etag,
        @Nullable String contentType,
        byte[] body) {}
