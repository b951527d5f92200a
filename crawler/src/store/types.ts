import type { ArticleRecord } from "@vnfacts/shared";

/** What kind of page a crawled URL is: listing/feed/sitemap pages are re-visited every run, articles are not. */
export type PageKind = "article" | "listing" | "feed" | "sitemap";

/** Where an article URL stands. */
export type UrlStatus = "pending" | "kept" | "dropped" | "failed";

export interface UrlState {
  url: string;
  sourceId: string;
  kind: PageKind;
  status: UrlStatus;
  /** `lastmod` from a sitemap or the feed's date: a newer one means the article changed. */
  lastmod: string | null;
  /** Content hash of the last extracted article (title + body). */
  contentHash: string | null;
  lastFetchedAt: string | null;
  attempts: number;
  failureReason: string | null;
  /** When discovered (ISO); pending URLs are crawled newest-discovered-lastmod first. */
  discoveredAt: string;
}

export interface RawPage {
  url: string;
  sourceId: string;
  fetchedAt: string;
  status: number;
  headers: Record<string, string>;
  /** Raw bytes as received (the decoder runs again on re-extraction). */
  body: Uint8Array;
}

export type UpsertOutcome = "inserted" | "updated" | "unchanged";

/**
 * What became of one fetched article, written with others in one transaction (`commitArticles`): its raw
 * page, and either its record (URL marked kept) or the reason it was dropped or failed.
 */
export type ArticleWrite =
  | { outcome: "kept"; record: ArticleRecord; raw?: RawPage | undefined }
  | { outcome: "dropped"; url: string; sourceId?: string; reason: string; raw?: RawPage | undefined }
  | {
      outcome: "failed";
      url: string;
      sourceId?: string | undefined;
      kind?: PageKind | undefined;
      reason: string;
      permanent?: boolean | undefined;
      raw?: RawPage | undefined;
    };

/** Per write, in order: the record's upsert outcome, or `dropped` / `failed` as asked. */
export type ArticleWriteResult = UpsertOutcome | "dropped" | "failed";

export interface RunSummary {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  sources: number;
  pagesFetched: number;
  kept: number;
  dropped: number;
  failed: number;
  updated: number;
  status: "running" | "finished" | "interrupted" | "failed";
  note: string | null;
}

/**
 * The crawler's persistent state and output. Embedded default: PGlite in `<data>/db`; the same SQL runs on a
 * PostgreSQL server. Every method is atomic, so a crawl killed at any moment resumes without gaps or duplicates.
 */
export interface CrawlStore {
  // — crawl state —
  /** Adds URLs not seen before as pending (existing rows keep their status; a newer lastmod re-queues a kept article). Returns how many are new or re-queued. */
  discover(
    entries: Array<{ url: string; sourceId: string; kind: PageKind; lastmod?: string | null }>,
  ): Promise<number>;
  getUrlState(url: string): Promise<UrlState | null>;
  /** Article URLs of a source already fetched (kept, dropped or failed for good): discovery stops paging when it meets them. */
  knownArticleUrls(sourceId: string): Promise<Set<string>>;
  /** Pending article URLs, newest lastmod first. */
  pendingArticles(sourceId?: string, limit?: number): Promise<UrlState[]>;
  saveRawPage(page: RawPage): Promise<void>;
  getRawPage(url: string): Promise<RawPage | null>;
  iterateRawPages(): AsyncIterable<RawPage>;
  /**
   * Stores a validated record and marks its URL kept, in one transaction; same id + same hash → unchanged.
   * With `raw`, also saves the raw page in that transaction (cheaper than a separate `saveRawPage`).
   */
  upsertRecord(record: ArticleRecord, raw?: RawPage): Promise<UpsertOutcome>;
  markDropped(url: string, reason: string): Promise<void>;
  /**
   * Several articles' outcomes (raw page, record or reason, URL state, failure history) in ONE transaction:
   * either all of them are stored or none (their URLs stay pending). Records are validated first.
   */
  commitArticles(writes: ArticleWrite[]): Promise<ArticleWriteResult[]>;
  markFailed(url: string, reason: string, opts?: { permanent?: boolean }): Promise<void>;
  failures(limit?: number): Promise<UrlState[]>;

  // — records —
  getRecord(id: string): Promise<ArticleRecord | null>;
  iterateRecords(filter?: { sourceId?: string }): AsyncIterable<ArticleRecord>;
  countRecords(): Promise<number>;

  // — runs —
  startRun(sources: number): Promise<number>;
  finishRun(id: number, summary: Partial<Omit<RunSummary, "id" | "startedAt">>): Promise<void>;
  runs(limit?: number): Promise<RunSummary[]>;

  close(): Promise<void>;
}
