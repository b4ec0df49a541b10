package org.backcare.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;

/** A one-off change: on this day the therapist works these hours here, instead of their weekly pattern. */
record WorkingDay(long id, long therapistId, long locationId, LocalDate day, LocalTime starts, LocalTime ends) {
}
