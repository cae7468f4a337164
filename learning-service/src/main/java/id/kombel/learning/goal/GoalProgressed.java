package id.kombel.learning.goal;

import id.kombel.platform.events.EventType;

@EventType("GoalProgressed")
record GoalProgressed(String goalId, String memberId, int progress, int previousProgress) {}
