package id.kombel.platform.testapp;

import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("notes")
@AggregateTopic(Note.TOPIC)
public class Note extends AggregateRoot {

    public static final String TOPIC = "test.note";

    private String text;
    private String tag;

    @PersistenceCreator
    Note() {}

    private Note(String id, String text) {
        super(id);
        this.text = text;
    }

    public static Note write(String id, String text) {
        Note note = new Note(id, text);
        note.raise(new NoteWritten(id, text));
        return note;
    }

    public void edit(String newText) {
        this.text = newText;
        raise(new NoteEdited(id(), newText));
    }

    public void tag(String newTag) {
        this.tag = newTag;
    }

    public String text() {
        return text;
    }

    public String tag() {
        return tag;
    }
}
