package id.kombel.learning.registration;

/** An activity's seats: taken by confirmed registrations, still free, and how many wait. */
record SeatsResponse(int capacity, int confirmed, int free, long waitlisted) {}
