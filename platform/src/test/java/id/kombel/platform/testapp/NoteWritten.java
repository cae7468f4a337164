package id.kombel.platform.testapp;

import id.kombel.platform.events.EventType;

@EventType("NoteWritten")
public record NoteWritten(String noteId, String text) {}
