package id.kombel.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Holds a response's body back until the idempotency filter has stored it, so a client that saw the
 * response always finds it stored when it retries. Status and headers go to the real response at
 * once (nothing is committed while the body is held). A body larger than the limit is not held: the
 * held part is written out and the rest streams, and the response is no longer storable; nor is one
 * sent with {@code sendError}, whose body the container renders later.
 */
final class BufferingResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private final HoldingStream stream = new HoldingStream();
    private @Nullable PrintWriter writer;
    private boolean streaming;
    private boolean errorSent;

    BufferingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The response as it stands, or null when it cannot be stored (too large, or an error page). */
    @Nullable
    StoredResponse storable() {
        flushWriter();
        if (streaming || errorSent) {
            return null;
        }
        return new StoredResponse(
                getStatus(),
                getHeader(HttpHeaders.LOCATION),
                getHeader(HttpHeaders.ETAG),
                getContentType(),
                held.toByteArray());
    }

    /** Sends the held body to the client. */
    void sendHeldBody() throws IOException {
        flushWriter();
        if (errorSent || streaming) {
            return;
        }
        if (!isCommitted()) {
            getResponse().setContentLength(held.size());
        }
        held.writeTo(getResponse().getOutputStream());
        held.reset();
    }

    /** Stops holding back: what is held goes out, the rest streams (an async handler, for example). */
    void streamFromNow() throws IOException {
        flushWriter();
        startStreaming();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(stream, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        if (streaming) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        held.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        held.reset();
        super.reset();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        errorSent = true;
        held.reset();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        errorSent = true;
        held.reset();
        super.sendError(status);
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    private void startStreaming() throws IOException {
        if (!streaming) {
            streaming = true;
            held.writeTo(getResponse().getOutputStream());
            held.reset();
        }
    }

    private final class HoldingStream extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            if (!streaming && held.size() < limit) {
                held.write(b);
                return;
            }
            startStreaming();
            getResponse().getOutputStream().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (!streaming && held.size() + length <= limit) {
                held.write(bytes, offset, length);
                return;
            }
            startStreaming();
            getResponse().getOutputStream().write(bytes, offset, length);
        }

        /** A flush would commit the response; while the body is held there is nothing to flush. */
        @Override
        public void flush() throws IOException {
            if (streaming) {
                getResponse().getOutputStream().flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("non-blocking writes are not supported with an Idempotency-Key");
        }
    }
}
