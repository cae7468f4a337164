package id.kombel.learning.goal;

import id.kombel.platform.events.EventType;

/** The goal's progress reached 100 for the first time. */
@EventType("GoalAchieved")
record GoalAchieved(String goalId, String memberId, String title) {}
