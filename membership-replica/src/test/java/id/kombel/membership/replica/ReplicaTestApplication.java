package id.kombel.membership.replica;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with nothing but the membership replica, for its tests. */
@SpringBootApplication
class ReplicaTestApplication {}
