-- Marks the accounts the embedded default creates (techladder.demo.enabled), so a launch with another
-- techladder.demo.password re-keys exactly those and never a real account.
ALTER TABLE app_user ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
