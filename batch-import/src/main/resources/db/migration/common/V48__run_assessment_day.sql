-- The day a classification run was made (its launch day; issue 10.1): each programme's day-dependent criteria are judged
-- on it clamped into the programme's evaluation window, and a replay must judge on the same day. Runs made before
-- this column existed have none: they were judged on 31 December, and replay them on the window's last day.
ALTER TABLE classification_run ADD COLUMN assessment_day DATE;
