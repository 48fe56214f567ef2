package io.transitplanner.persistence;

/** Which of the three schedule forms a lane's departure rows are written in. */
enum ScheduleKind {
    DAILY,
    WEEKLY,
    AT
}
