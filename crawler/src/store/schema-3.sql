-- vnfacts crawl store, version 3: raw page bodies of one batch share a gzip member of the pack file (one
-- compression per batch instead of one per page: a third of the CPU, and pages of one portal compress together).
-- body_offset/body_length locate the member; body_start is where the page starts in the member once inflated,
-- body_bytes its length there. NULL body_start (rows written by version 2): the member is the page alone.
ALTER TABLE raw_pages ADD COLUMN IF NOT EXISTS body_start integer;
