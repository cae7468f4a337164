package id.kombel.local;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDocumentsAcrossRestarts() throws Exception {
        int port = PortCheck.anyFreePort();
        try (DocumentStore store = new DocumentStore(dataDir, port);
                MongoClient client = startAndConnect(store)) {
            communities(client).insertOne(new Document("_id", "c-1").append("name", "Kombel Matematika Bandung"));
            assertThat(communities(client).find(eq("_id", "c-1")).first())
                    .containsEntry("name", "Kombel Matematika Bandung");
        }

        try (DocumentStore store = new DocumentStore(dataDir, port);
                MongoClient client = startAndConnect(store)) {
            assertThat(communities(client).find(eq("_id", "c-1")).first())
                    .containsEntry("name", "Kombel Matematika Bandung");
        }
    }

    private static MongoClient startAndConnect(DocumentStore store) throws Exception {
        store.start();
        return MongoClients.create(store.connectionString());
    }

    private static MongoCollection<Document> communities(MongoClient client) {
        return client.getDatabase("kombel-membership").getCollection("communities");
    }
}
