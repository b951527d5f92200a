-- vnfacts crawl store, version 1. Plain PostgreSQL: runs unchanged on PGlite (embedded) and on a server.
-- Times are timestamptz (UTC in, ISO strings out); ids are the record ids of @vnfacts/shared (16 hex digits).

-- Sources the crawler has met (the registry itself stays in JSON files).
CREATE TABLE IF NOT EXISTS sources (
  id text PRIMARY KEY,
  province text,
  definition jsonb,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);

-- Crawl state: one row per URL ever discovered.
CREATE TABLE IF NOT EXISTS urls (
  url text PRIMARY KEY,
  source_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('article', 'listing', 'feed', 'sitemap')),
  status text NOT NULL CHECK (status IN ('pending', 'kept', 'dropped', 'failed')),
  lastmod timestamptz,
  content_hash text,
  last_fetched_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  -- Why it failed (status failed) or was dropped (status dropped).
  reason text,
  permanent boolean NOT NULL DEFAULT false,
  discovered_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS urls_source_status ON urls (source_id, status, kind);
CREATE INDEX IF NOT EXISTS urls_pending_order ON urls (lastmod DESC NULLS LAST, discovered_at DESC) WHERE status IN ('pending', 'failed');

-- Raw responses of fetched articles, gzip-compressed, so extraction can be re-run offline.
CREATE TABLE IF NOT EXISTS raw_pages (
  url text PRIMARY KEY,
  source_id text NOT NULL,
  fetched_at timestamptz NOT NULL,
  http_status integer NOT NULL,
  headers jsonb NOT NULL,
  body_gzip bytea NOT NULL,
  body_bytes integer NOT NULL
);

-- Output: one row per article (id = hash of the canonical URL), updated in place when the content changes.
CREATE TABLE IF NOT EXISTS records (
  id text PRIMARY KEY,
  url text NOT NULL UNIQUE,
  source_id text NOT NULL,
  content_hash text NOT NULL,
  published_on date,
  date_precision text NOT NULL,
  extractor_version text NOT NULL,
  record jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS records_source ON records (source_id, id);

CREATE TABLE IF NOT EXISTS runs (
  id serial PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  sources integer NOT NULL DEFAULT 0,
  pages_fetched integer NOT NULL DEFAULT 0,
  kept integer NOT NULL DEFAULT 0,
  dropped integer NOT NULL DEFAULT 0,
  failed integer NOT NULL DEFAULT 0,
  updated integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'interrupted', 'failed')),
  note text
);

-- Failure history (the urls row keeps only the latest reason).
CREATE TABLE IF NOT EXISTS failures (
  id serial PRIMARY KEY,
  url text NOT NULL,
  source_id text,
  reason text NOT NULL,
  permanent boolean NOT NULL DEFAULT false,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS failures_url ON failures (url);
