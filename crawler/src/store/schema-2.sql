-- vnfacts crawl store, version 2: a raw page body may live in a pack file of the data folder instead of the row
-- (the embedded store keeps bodies out of the database; a server store without a data folder keeps body_gzip).
ALTER TABLE raw_pages ALTER COLUMN body_gzip DROP NOT NULL;
ALTER TABLE raw_pages ADD COLUMN IF NOT EXISTS body_file text;
ALTER TABLE raw_pages ADD COLUMN IF NOT EXISTS body_offset bigint;
ALTER TABLE raw_pages ADD COLUMN IF NOT EXISTS body_length integer;
ALTER TABLE raw_pages ADD CONSTRAINT raw_pages_body_somewhere
  CHECK (body_gzip IS NOT NULL OR (body_file IS NOT NULL AND body_offset IS NOT NULL AND body_length IS NOT NULL));
