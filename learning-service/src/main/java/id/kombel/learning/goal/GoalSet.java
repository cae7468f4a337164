package id.kombel.learning.goal;

import id.kombel.platform.events.EventType;
import java.time.LocalDate;

@EventType("GoalSet")
record GoalSet(String goalId, String memberId, String title, LocalDate targetDate, int progress) {}
