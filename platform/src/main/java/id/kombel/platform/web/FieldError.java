package id.kombel.platform.web;

/** One invalid input field in a {@code validation} problem: where, what rule, and why in words. */
public record FieldError(String field, String code, String message) {}
