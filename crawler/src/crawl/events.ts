import type { PageKind } from "../store/types.ts";

/** What a crawl reports as it goes: the progress bar and the JSON-lines log both read these. */
export type CrawlEvent =
  | { type: "run"; phase: "start"; runId: number; sources: number; skippedSources: string[] }
  | { type: "phase"; phase: "discovery" | "articles"; total: number }
  | {
      type: "discovered";
      sourceId: string;
      url: string;
      kind: PageKind;
      articles: number;
      stoppedBecause?: string;
    }
  | {
      type: "article";
      sourceId: string;
      url: string;
      outcome: "inserted" | "updated" | "unchanged" | "dropped" | "failed";
      reason?: string;
    }
  | { type: "failure"; sourceId: string; url: string; kind: PageKind; reason: string; permanent: boolean }
  | { type: "run"; phase: "end"; summary: CrawlSummary };

export interface CrawlSummary {
  runId: number;
  sources: number;
  skippedSources: number;
  /** Every page fetched: discovery pages and articles. */
  pagesFetched: number;
  articlesFetched: number;
  kept: number;
  inserted: number;
  updated: number;
  unchanged: number;
  dropped: number;
  failed: number;
  durationMs: number;
  /**
   * Wall ms building records (clean, classify, extract, validate: synchronous CPU) and committing the
   * article batches (PGlite works on this thread, so that is mostly CPU too).
   */
  stageMs: { build: number; store: number };
}

export type CrawlEventSink = (event: CrawlEvent) => void;
