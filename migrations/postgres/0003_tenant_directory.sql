-- Each tenant's directory chain (JSON: where users are looked up, where passwords are written).
ALTER TABLE tenants ADD COLUMN directory TEXT NOT NULL DEFAULT '{"targets":[{"kind":"embedded"}]}';
