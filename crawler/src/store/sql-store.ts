import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import { ArticleRecord, parseOrThrow, type Source, Source as SourceSchema } from "@vnfacts/shared";
import type { SqlClient } from "./sql-client.ts";
import type {
  CrawlStore,
  PageKind,
  RawPage,
  RunSummary,
  UpsertOutcome,
  UrlState,
  UrlStatus,
} from "./types.ts";

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Transient failures are retried on later runs until this many attempts; then the URL counts as failed for good. */
export const MAX_ATTEMPTS = 3;
/** Rows fetched per round trip when iterating (keeps memory flat on large stores). */
const PAGE_SIZE = 200;

type Row = Record<string, unknown>;

/** Date (PGlite, pg) or string → ISO 8601 UTC; null stays null. */
function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}

/** A sitemap/feed `lastmod` as an ISO instant, or null when absent or unreadable (then it cannot re-queue anything). */
export function normalizeLastmod(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function toUrlState(row: Row): UrlState {
  return {
    url: String(row.url),
    sourceId: String(row.source_id),
    kind: row.kind as PageKind,
    status: row.status as UrlStatus,
    lastmod: iso(row.lastmod),
    contentHash: (row.content_hash as string | null) ?? null,
    lastFetchedAt: iso(row.last_fetched_at),
    attempts: Number(row.attempts),
    failureReason: (row.reason as string | null) ?? null,
    discoveredAt: iso(row.discovered_at)!,
  };
}

function toRunSummary(row: Row): RunSummary {
  return {
    id: Number(row.id),
    startedAt: iso(row.started_at)!,
    finishedAt: iso(row.finished_at),
    sources: Number(row.sources),
    pagesFetched: Number(row.pages_fetched),
    kept: Number(row.kept),
    dropped: Number(row.dropped),
    failed: Number(row.failed),
    updated: Number(row.updated),
    status: row.status as RunSummary["status"],
    note: (row.note as string | null) ?? null,
  };
}

/** jsonb comes back parsed from both drivers; a string means a driver configured without the parser. */
function fromJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

const URL_COLUMNS =
  "url, source_id, kind, status, lastmod, content_hash, last_fetched_at, attempts, reason, discovered_at";

/**
 * Records a URL's outcome, creating the row when the URL was never discovered (e.g. a redirect target).
 * A known URL keeps its source. `$1` url, `$2` source id of a new row (null: "unknown"), `$3` status, `$4` reason, `$5` content hash (null: keep).
 */
const URL_OUTCOME = `INSERT INTO urls (url, source_id, kind, status, reason, content_hash, last_fetched_at, attempts, updated_at)
  VALUES ($1, COALESCE($2::text, 'unknown'), 'article', $3, $4, $5, now(), 1, now())
  ON CONFLICT (url) DO UPDATE SET
    status = EXCLUDED.status, reason = EXCLUDED.reason,
    permanent = false, content_hash = COALESCE(EXCLUDED.content_hash, urls.content_hash),
    last_fetched_at = now(), attempts = urls.attempts + 1, updated_at = now()`;

/** The raw page upsert with its seven parameters numbered from `$first` (it is also a CTE of `upsertRecord`). */
function rawPageUpsert(first: number): string {
  const [url, source, fetched, status, headers, body, bytes] = Array.from(
    { length: 7 },
    (_, i) => `$${first + i}`,
  );
  return `INSERT INTO raw_pages (url, source_id, fetched_at, http_status, headers, body_gzip, body_bytes)
    VALUES (${url}, ${source}, ${fetched}, ${status}, ${headers}::jsonb, ${body}, ${bytes})
    ON CONFLICT (url) DO UPDATE SET source_id = EXCLUDED.source_id, fetched_at = EXCLUDED.fetched_at,
      http_status = EXCLUDED.http_status, headers = EXCLUDED.headers, body_gzip = EXCLUDED.body_gzip,
      body_bytes = EXCLUDED.body_bytes`;
}

async function rawPageParams(page: RawPage): Promise<unknown[]> {
  return [
    page.url,
    page.sourceId,
    page.fetchedAt,
    page.status,
    JSON.stringify(page.headers),
    await gzipAsync(page.body),
    page.body.byteLength,
  ];
}

/** URLs per `discover` statement (a sitemap can list tens of thousands). */
const DISCOVER_BATCH = 1000;

/** The `CrawlStore` over any `SqlClient`: the same SQL for PGlite and PostgreSQL. */
export class SqlCrawlStore implements CrawlStore {
  constructor(private readonly db: SqlClient) {}

  /** Remembers the registry entries this store has crawled (for status and exports). */
  async noteSources(sources: Source[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const source of sources)
        await tx.query(
          `INSERT INTO sources (id, province, definition) VALUES ($1, $2, $3::jsonb)
           ON CONFLICT (id) DO UPDATE SET province = EXCLUDED.province, definition = EXCLUDED.definition, last_seen_at = now()`,
          [source.id, source.province, JSON.stringify(source)],
        );
    });
  }

  /** Registry entries remembered by `noteSources` (those that still validate). */
  async knownSources(): Promise<Source[]> {
    const { rows } = await this.db.query<{ definition: unknown }>(
      "SELECT definition FROM sources WHERE definition IS NOT NULL ORDER BY id",
    );
    return rows.flatMap((row) => {
      const parsed = SourceSchema.safeParse(fromJson(row.definition));
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Province per source id, from the sources met so far. */
  async sourceProvinces(): Promise<Map<string, string | null>> {
    const { rows } = await this.db.query<Row>("SELECT id, province FROM sources");
    return new Map(rows.map((r) => [String(r.id), (r.province as string | null) ?? null]));
  }

  async discover(
    entries: Array<{ url: string; sourceId: string; kind: PageKind; lastmod?: string | null }>,
  ): Promise<number> {
    // One row per URL (a URL listed twice in a batch would hit the same row twice in one statement): newest lastmod.
    const byUrl = new Map<
      string,
      { url: string; sourceId: string; kind: PageKind; lastmod: string | null }
    >();
    for (const entry of entries) {
      const lastmod = normalizeLastmod(entry.lastmod);
      const seen = byUrl.get(entry.url);
      if (!seen || (lastmod && (!seen.lastmod || lastmod > seen.lastmod)))
        byUrl.set(entry.url, { ...entry, lastmod });
    }
    const unique = [...byUrl.values()];
    let changed = 0;
    for (let i = 0; i < unique.length; i += DISCOVER_BATCH) {
      const batch = unique.slice(i, i + DISCOVER_BATCH);
      // One statement per batch: atomic on its own. New URL → pending. A kept/dropped article whose lastmod is
      // newer than what we fetched → pending again. Anything else is left as it is.
      const { rows } = await this.db.query<{ inserted: boolean; status: string; old_status: string | null }>(
        `WITH input AS (
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS t(url, source_id, kind, lastmod)
         ), old AS (
           SELECT u.url, u.status FROM urls u JOIN input i ON i.url = u.url
         ), new_sources AS (
           INSERT INTO sources (id) SELECT DISTINCT source_id FROM input ON CONFLICT (id) DO NOTHING
         )
         INSERT INTO urls (url, source_id, kind, status, lastmod)
         SELECT url, source_id, kind, 'pending', lastmod FROM input
         ON CONFLICT (url) DO UPDATE SET
           lastmod = EXCLUDED.lastmod,
           status = CASE
             WHEN urls.kind = 'article' AND urls.status IN ('kept', 'dropped')
               AND EXCLUDED.lastmod > COALESCE(urls.lastmod, urls.last_fetched_at, '-infinity'::timestamptz)
             THEN 'pending' ELSE urls.status END,
           updated_at = now()
         WHERE EXCLUDED.lastmod IS NOT NULL AND (urls.lastmod IS NULL OR EXCLUDED.lastmod > urls.lastmod)
         RETURNING (xmax = 0) AS inserted, status, (SELECT old.status FROM old WHERE old.url = urls.url) AS old_status`,
        [
          batch.map((e) => e.url),
          batch.map((e) => e.sourceId),
          batch.map((e) => e.kind),
          batch.map((e) => e.lastmod),
        ],
      );
      for (const row of rows)
        if (row.inserted || (row.status === "pending" && row.old_status !== "pending")) changed++;
    }
    return changed;
  }

  async getUrlState(url: string): Promise<UrlState | null> {
    const { rows } = await this.db.query<Row>(`SELECT ${URL_COLUMNS} FROM urls WHERE url = $1`, [url]);
    return rows[0] ? toUrlState(rows[0]) : null;
  }

  async knownArticleUrls(sourceId: string): Promise<Set<string>> {
    const { rows } = await this.db.query<{ url: string }>(
      `SELECT url FROM urls WHERE source_id = $1 AND kind = 'article'
         AND (status IN ('kept', 'dropped') OR (status = 'failed' AND (permanent OR attempts >= $2)))`,
      [sourceId, MAX_ATTEMPTS],
    );
    return new Set(rows.map((r) => r.url));
  }

  async pendingArticles(sourceId?: string, limit = 1000): Promise<UrlState[]> {
    const { rows } = await this.db.query<Row>(
      `SELECT ${URL_COLUMNS} FROM urls
       WHERE kind = 'article' AND ($1::text IS NULL OR source_id = $1)
         AND (status = 'pending' OR (status = 'failed' AND NOT permanent AND attempts < $2))
       ORDER BY lastmod DESC NULLS LAST, discovered_at DESC, url
       LIMIT $3`,
      [sourceId ?? null, MAX_ATTEMPTS, limit],
    );
    return rows.map(toUrlState);
  }

  async saveRawPage(page: RawPage): Promise<void> {
    await this.db.query(rawPageUpsert(1), await rawPageParams(page));
  }

  private async toRawPage(row: Row): Promise<RawPage> {
    const body = await gunzipAsync(row.body_gzip as Uint8Array);
    return {
      url: String(row.url),
      sourceId: String(row.source_id),
      fetchedAt: iso(row.fetched_at)!,
      status: Number(row.http_status),
      headers: fromJson<Record<string, string>>(row.headers),
      body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
    };
  }

  async getRawPage(url: string): Promise<RawPage | null> {
    const { rows } = await this.db.query<Row>("SELECT * FROM raw_pages WHERE url = $1", [url]);
    return rows[0] ? this.toRawPage(rows[0]) : null;
  }

  async *iterateRawPages(): AsyncIterable<RawPage> {
    let after = "";
    for (;;) {
      const { rows } = await this.db.query<Row>(
        "SELECT * FROM raw_pages WHERE url > $1 ORDER BY url LIMIT $2",
        [after, PAGE_SIZE],
      );
      for (const row of rows) yield await this.toRawPage(row);
      if (rows.length < PAGE_SIZE) return;
      after = String(rows.at(-1)!.url);
    }
  }

  /**
   * With `raw`, the page's raw response is saved in the same statement (one round trip instead of two, and the
   * raw page can never be missing for a stored record).
   */
  async upsertRecord(input: ArticleRecord, raw?: RawPage): Promise<UpsertOutcome> {
    const record = parseOrThrow(ArticleRecord, input, `record ${input?.url ?? "(no url)"}`);
    // One statement (atomic by itself, and one round trip): the record, then its URL marked kept. The record
    // is rewritten only when it changed; `fetchedAt` alone changing is not a change.
    const { rows } = await this.db.query<{ inserted: boolean | null }>(
      `WITH rec AS (
         INSERT INTO records (id, url, source_id, content_hash, published_on, date_precision, extractor_version, record)
         VALUES ($6, $1, $2, $5, $7::date, $8, $9, $10::jsonb)
         ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, source_id = EXCLUDED.source_id,
           content_hash = EXCLUDED.content_hash, published_on = EXCLUDED.published_on,
           date_precision = EXCLUDED.date_precision, extractor_version = EXCLUDED.extractor_version,
           record = EXCLUDED.record, updated_at = now()
         WHERE NOT (records.content_hash = EXCLUDED.content_hash
                    AND records.record - 'fetchedAt' = EXCLUDED.record - 'fetchedAt')
         RETURNING (xmax = 0) AS inserted
       ), url_state AS (${URL_OUTCOME} RETURNING 1)${raw ? `, raw AS (${rawPageUpsert(11)} RETURNING 1)` : ""}
       SELECT (SELECT inserted FROM rec) AS inserted, (SELECT count(*) FROM url_state) AS marked`,
      [
        record.url,
        record.sourceId,
        "kept",
        null,
        record.contentHash,
        record.id,
        record.publicationDate.value?.slice(0, 10) ?? null,
        record.publicationDate.precision,
        record.extractorVersion,
        JSON.stringify(record),
        ...(raw ? await rawPageParams(raw) : []),
      ],
    );
    const inserted = rows[0]?.inserted;
    return inserted === true ? "inserted" : inserted === false ? "updated" : "unchanged";
  }

  async markDropped(url: string, reason: string, opts: { sourceId?: string } = {}): Promise<void> {
    await this.db.query(URL_OUTCOME, [url, opts.sourceId ?? null, "dropped", reason, null]);
  }

  async markFailed(
    url: string,
    reason: string,
    opts: { permanent?: boolean; sourceId?: string; kind?: PageKind } = {},
  ): Promise<void> {
    // State and failure history in one statement.
    await this.db.query(
      `WITH state AS (
         INSERT INTO urls (url, source_id, kind, status, reason, permanent, last_fetched_at, attempts, updated_at)
         VALUES ($1, COALESCE($2::text, 'unknown'), $3, 'failed', $4, $5, now(), 1, now())
         ON CONFLICT (url) DO UPDATE SET status = 'failed',
           reason = EXCLUDED.reason, permanent = EXCLUDED.permanent, last_fetched_at = now(),
           attempts = urls.attempts + 1, updated_at = now()
         RETURNING source_id
       )
       INSERT INTO failures (url, source_id, reason, permanent) SELECT $1, source_id, $4, $5 FROM state`,
      [url, opts.sourceId ?? null, opts.kind ?? "article", reason, opts.permanent ?? false],
    );
  }

  async failures(limit = 100): Promise<UrlState[]> {
    const { rows } = await this.db.query<Row>(
      `SELECT ${URL_COLUMNS} FROM urls WHERE status = 'failed' ORDER BY updated_at DESC, url LIMIT $1`,
      [limit],
    );
    return rows.map(toUrlState);
  }

  async getRecord(id: string): Promise<ArticleRecord | null> {
    const { rows } = await this.db.query<{ record: unknown }>("SELECT record FROM records WHERE id = $1", [
      id,
    ]);
    return rows[0] ? fromJson<ArticleRecord>(rows[0].record) : null;
  }

  async *iterateRecords(filter: { sourceId?: string } = {}): AsyncIterable<ArticleRecord> {
    let after = "";
    for (;;) {
      const { rows } = await this.db.query<{ id: string; record: unknown }>(
        `SELECT id, record FROM records WHERE id > $1 AND ($2::text IS NULL OR source_id = $2)
         ORDER BY id LIMIT $3`,
        [after, filter.sourceId ?? null, PAGE_SIZE],
      );
      for (const row of rows) yield fromJson<ArticleRecord>(row.record);
      if (rows.length < PAGE_SIZE) return;
      after = rows.at(-1)!.id;
    }
  }

  async countRecords(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>("SELECT count(*)::int AS n FROM records");
    return Number(rows[0]?.n ?? 0);
  }

  async startRun(sources: number): Promise<number> {
    const { rows } = await this.db.query<{ id: number }>(
      "INSERT INTO runs (sources) VALUES ($1) RETURNING id",
      [sources],
    );
    return Number(rows[0]!.id);
  }

  async finishRun(id: number, summary: Partial<Omit<RunSummary, "id" | "startedAt">>): Promise<void> {
    const columns: Record<string, keyof typeof summary> = {
      finished_at: "finishedAt",
      sources: "sources",
      pages_fetched: "pagesFetched",
      kept: "kept",
      dropped: "dropped",
      failed: "failed",
      updated: "updated",
      status: "status",
      note: "note",
    };
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [column, key] of Object.entries(columns)) {
      if (summary[key] === undefined) continue;
      params.push(summary[key]);
      sets.push(`${column} = $${params.length}`);
    }
    if (summary.finishedAt === undefined) sets.push("finished_at = now()");
    if (summary.status === undefined) sets.push("status = 'finished'");
    await this.db.query(`UPDATE runs SET ${sets.join(", ")} WHERE id = $1`, params);
  }

  async runs(limit = 10): Promise<RunSummary[]> {
    const { rows } = await this.db.query<Row>("SELECT * FROM runs ORDER BY id DESC LIMIT $1", [limit]);
    return rows.map(toRunSummary);
  }

  /** Runs left `running` by a process that died: called when an embedded store is opened (one process owns it). */
  async markInterruptedRuns(): Promise<number> {
    const { rows } = await this.db.query(
      "UPDATE runs SET status = 'interrupted', note = COALESCE(note, 'process ended before finishing') WHERE status = 'running' RETURNING id",
    );
    return rows.length;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
