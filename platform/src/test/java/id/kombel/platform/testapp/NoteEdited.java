package id.kombel.platform.testapp;

import id.kombel.platform.events.EventType;

@EventType("NoteEdited")
public record NoteEdited(String noteId, String text) {}
