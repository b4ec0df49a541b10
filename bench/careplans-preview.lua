-- wrk script: POST a typical chronic desk worker's intake to the care-plan preview.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = [[{ "assessedOn": "2026-11-21", "birthDate": "1984-03-02", "painOnset": "2026-05-01",
  "painNow": 6, "painAverageWeek": 5, "radiatingLegPain": false,
  "causes": ["MUSCLE_STRAIN"], "lordosisSigns": ["TIGHT_HAMSTRINGS"], "redFlags": [], "conditions": [],
  "pregnancy": null, "postpartum": null, "menopause": false, "pressurePreference": "MEDIUM",
  "requestedTechniques": ["DEEP_TISSUE"], "sitsMostOfDay": true, "goals": ["PAIN_RELIEF", "POSTURE"] }]]
