package id.kombel.platform.testapp;

import id.kombel.platform.events.EventType;
import org.jspecify.annotations.Nullable;

/**
 * {@code reason} is optional: an edit may say why, and a consumer must take one without it.
 * Package-private like every consumer's own event record, so the converter's checks meet one.
 */
@EventType("NoteEdited")
record NoteEdited(String noteId, String text, @Nullable String reason) {

    NoteEdited(String noteId, String text) {
        this(noteId, text, null);
    }
}
