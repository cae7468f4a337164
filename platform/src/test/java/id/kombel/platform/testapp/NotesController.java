package id.kombel.platform.testapp;

import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The notes API of the platform's test application: exercises the shared HTTP rules. */
@RestController
class NotesController {

    record NoteRequest(@NotBlank @Size(max = 200) String text) {}

    record NoteResponse(String id, String text, long version) {
        static NoteResponse of(Note note) {
            return new NoteResponse(note.id(), note.text(), note.version());
        }
    }

    private final AggregateStore store;
    private final MongoTemplate mongo;

    NotesController(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    @PostMapping("/api/v1/notes")
    ResponseEntity<NoteResponse> write(@Valid @RequestBody NoteRequest request) {
        Note note = store.insert(Note.write(UUID.randomUUID().toString(), request.text()));
        return ResponseEntity.created(URI.create("/api/v1/notes/" + note.id()))
                .eTag(Versions.etag(note.version()))
                .body(NoteResponse.of(note));
    }

    @GetMapping("/api/v1/notes/{id}")
    ResponseEntity<NoteResponse> read(@PathVariable String id) {
        Note note = find(id);
        return ResponseEntity.ok().eTag(Versions.etag(note.version())).body(NoteResponse.of(note));
    }

    @PutMapping("/api/v1/notes/{id}")
    ResponseEntity<NoteResponse> edit(
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody NoteRequest request) {
        Note note = find(id);
        Versions.checkIfMatch(ifMatch, note.version(), "note", id);
        note.edit(request.text());
        store.update(note);
        return ResponseEntity.ok().eTag(Versions.etag(note.version())).body(NoteResponse.of(note));
    }

    @GetMapping("/api/v1/notes")
    CursorPage<NoteResponse> list(
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Note> page = Keyset.page(
                mongo,
                new Criteria(),
                "text",
                Sort.Direction.ASC,
                PageRequest.of(cursor, limit),
                Note.class,
                Note::text,
                Note::id);
        return new CursorPage<>(page.items().stream().map(NoteResponse::of).toList(), page.next());
    }

    @GetMapping("/api/v1/whoami")
    Caller whoami(Caller caller) {
        return caller;
    }

    @GetMapping("/api/v1/failures")
    String fail() {
        throw new IllegalStateException("secret internal detail");
    }

    private Note find(String id) {
        return store.findById(id, Note.class).orElseThrow(() -> new NotFoundException("note", id));
    }
}
