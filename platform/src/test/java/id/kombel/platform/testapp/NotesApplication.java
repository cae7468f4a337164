package id.kombel.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service that produces and consumes events through the platform, for its tests. */
@SpringBootApplication
public class NotesApplication {}
