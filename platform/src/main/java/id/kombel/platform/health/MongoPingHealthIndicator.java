package id.kombel.platform.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/** MongoDB is up when it answers {@code ping} for this service's database. */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoTemplate mongo;

    MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(PING);
        builder.status(answer.get("ok") instanceof Number ok && ok.intValue() == 1 ? "UP" : "DOWN")
                .withDetail("database", mongo.getDb().getName());
    }
}
