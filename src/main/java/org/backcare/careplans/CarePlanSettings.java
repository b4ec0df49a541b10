package org.backcare.careplans;

import org.backcare.intake.ScreeningSettings;

/**
 * The engine's thresholds; defaults from the clinical fact sheet (marked ⚙ there).
 *
 * @param chronicAfterWeeks pain older than this is chronic (1.1, 12)
 * @param proneLastWeek M6: no prone position after this week of pregnancy (3.10, 13)
 * @param supineFromWeek M6: no flat supine position from this week of pregnancy (3.10, 20)
 * @param frailAge M2: from this age pressure stays light (9.2, 70)
 * @param sessionMinutes the main therapeutic session length (4.3, 4.12: 60; under 60 triggers P3c)
 * @param acuteWeeks P1: course length for acute pain (2–4 weeks, 4)
 * @param subacuteWeeks P2: course length for subacute pain (4–6 weeks, 6)
 * @param chronicWeeks P3: course length for chronic pain (Cherkin's 10 weekly sessions, 10)
 * @param screening the screening's thresholds, including where acute pain ends (1.1, 4 weeks)
 */
public record CarePlanSettings(int chronicAfterWeeks, int proneLastWeek, int supineFromWeek,
		int frailAge, int sessionMinutes, int acuteWeeks, int subacuteWeeks, int chronicWeeks,
		ScreeningSettings screening) {

	public int acuteBeforeWeeks() {
		return screening.acuteBeforeWeeks();
	}

	public static CarePlanSettings defaults() {
		return new CarePlanSettings(12, 13, 20, 70, 60, 4, 6, 10, ScreeningSettings.defaults());
	}
}
