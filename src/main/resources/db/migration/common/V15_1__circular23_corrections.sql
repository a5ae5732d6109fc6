-- Circular 23/2012 as written: resolutions, plans and registrations are due "hằng năm" (within the
-- year, i.e. by the end of the evaluation window), not by the end of the first quarter, which Circular
-- 124 introduced; and it knows no force-majeure exception for serious crimes or serious accidents.
UPDATE eval_criteria_set SET register_by = '10-31' WHERE code = 'TT23:RESIDENTIAL_AREA';
UPDATE eval_criteria_set SET register_by = '11-30' WHERE code = 'TT23:COMMUNE';
UPDATE eval_criteria_set SET register_by = '11-30' WHERE code = 'TT23:AGENCY_ENTERPRISE';
UPDATE eval_criteria_set SET register_by = '11-30' WHERE code = 'TT23:SCHOOL';

UPDATE eval_criterion SET params = 'excuseForceMajeure=false;excuseHandledPromptly=false'
WHERE set_code = 'TT23:RESIDENTIAL_AREA' AND code = 'KDC-4b';
UPDATE eval_criterion SET params = 'categories=FIRE_EXPLOSION,LABOUR_ACCIDENT,TRAFFIC_ACCIDENT;excuseForceMajeure=false'
WHERE set_code = 'TT23:RESIDENTIAL_AREA' AND code = 'KDC-4d';
UPDATE eval_criterion SET params = 'parts=EVENTS,YEAR_ON_YEAR,SERIOUS_CRIME,NEW,SERIOUS_ACCIDENTS;EVENTS.events=ANTI_STATE,COMPLEX_DISPUTE,MASS_COMPLAINT;YEAR_ON_YEAR.categories=CRIME,SOCIAL_EVIL,OTHER_VIOLATION;comparator=NOT_HIGHER;NEW.categories=NEW_COMPLEX_SPOT,NEW_SOCIAL_EVIL_PERSON;SERIOUS_ACCIDENTS.categories=FIRE_EXPLOSION,LABOUR_ACCIDENT,TRAFFIC_ACCIDENT;excuseHandledPromptly=false;excuseForceMajeure=false'
WHERE set_code = 'TT23:COMMUNE' AND code = 'XA-2';
UPDATE eval_criterion SET params = 'parts=EVENTS,SERIOUS_CRIME,SERIOUS_ACCIDENTS;EVENTS.events=STRIKE,MASS_COMPLAINT,STATE_SECRET;SERIOUS_ACCIDENTS.categories=FIRE_EXPLOSION,LABOUR_ACCIDENT;excuseHandledPromptly=false;excuseForceMajeure=false'
WHERE set_code = 'TT23:AGENCY_ENTERPRISE' AND code = 'CQ-4';
UPDATE eval_criterion SET params = 'parts=EVENTS,SERIOUS_CRIME,SERIOUS_ACCIDENTS;EVENTS.events=UNLAWFUL_RELIGION,INCITEMENT;SERIOUS_ACCIDENTS.categories=FIRE_EXPLOSION,SCHOOL_VIOLENCE;excuseHandledPromptly=false;excuseForceMajeure=false'
WHERE set_code = 'TT23:SCHOOL' AND code = 'GD-5';
