package id.kombel.platform.testapp;

import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.testapp.NotesController.NoteRequest;
import id.kombel.platform.testapp.NotesController.NoteResponse;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creating endpoints that misbehave on purpose, for the idempotency tests: one whose handler fails or
 * waits as {@link Trouble} says, one that answers with a very large body, and a public one (for
 * callers without a token, like registration).
 */
@RestController
class TroubledNotesController {

    /** Larger than the 1 MiB the platform stores for replay. */
    static final int LARGE_RESPONSE_CHARS = 1_200_000;

    record LargeNoteResponse(String id, String padding) {}

    private final AggregateStore store;
    private final Trouble trouble;

    TroubledNotesController(AggregateStore store, Trouble trouble) {
        this.store = store;
        this.trouble = trouble;
    }

    @PostMapping("/api/v1/troubled-notes")
    ResponseEntity<NoteResponse> writeTroubled(@Valid @RequestBody NoteRequest request) {
        trouble.strike();
        return created(write(request));
    }

    @PostMapping("/api/v1/large-notes")
    ResponseEntity<LargeNoteResponse> writeLarge(@Valid @RequestBody NoteRequest request) {
        Note note = write(request);
        return ResponseEntity.created(URI.create("/api/v1/notes/" + note.id()))
                .body(new LargeNoteResponse(note.id(), "x".repeat(LARGE_RESPONSE_CHARS)));
    }

    @PostMapping("/api/v1/guest-notes")
    ResponseEntity<NoteResponse> writeAsGuest(@Valid @RequestBody NoteRequest request) {
        return created(write(request));
    }

    private Note write(NoteRequest request) {
        return store.insert(Note.write(UUID.randomUUID().toString(), request.text()));
    }

    private static ResponseEntity<NoteResponse> created(Note note) {
        return ResponseEntity.created(URI.create("/api/v1/notes/" + note.id()))
                .eTag(Versions.etag(note.version()))
                .body(NoteResponse.of(note));
    }
}
