import type { Source } from "@vnfacts/shared";
import { type DiscoveryPage, discoverFromPage, seedPages } from "../discovery/index.ts";
import { fetchPages } from "../fetch/crawlers.ts";
import { DEFAULT_HOST_LIMITS, HostPoliteness, hostOf, NO_HOST_LIMITS } from "../fetch/politeness.ts";
import { RobotsRules } from "../fetch/robots.ts";
import {
  DEFAULT_FETCH_SETTINGS,
  type FetchedPage,
  type FetchRequest,
  type FetchSettings,
} from "../fetch/types.ts";
import { activeSources } from "../sources/registry.ts";
import type { ArticleWrite, CrawlStore, PageKind } from "../store/types.ts";
import { buildArticle } from "./article.ts";
import { ArticleWriter } from "./article-writer.ts";
import type { CrawlEventSink, CrawlSummary } from "./events.ts";

export interface CrawlOptions {
  sources: Source[];
  /** Stop after this many article pages (discovery pages not counted). */
  maxPages?: number | undefined;
  /** Off: no per-host delay or concurrency limit (tests and benchmarks on loopback). Default on. */
  politeness?: boolean;
  /** Override fetch settings (timeouts, retries, size cap). */
  fetch?: Partial<FetchSettings>;
  /** Respect robots.txt (default true). */
  robots?: boolean;
  /** The day used for validFrom/validTo (YYYY-MM-DD); default today in Asia/Ho_Chi_Minh. */
  today?: string;
  onEvent?: CrawlEventSink;
}

/** The store as the crawl uses it: failures of pages it never discovered (listings) name their source and kind. */
export type CrawlStoreLike = Omit<CrawlStore, "markFailed"> & {
  markFailed(
    url: string,
    reason: string,
    opts?: { permanent?: boolean; sourceId?: string; kind?: PageKind },
  ): Promise<void>;
  /** Remembers the registry entries crawled (re-extraction and exports read family and province from them). */
  noteSources?(sources: Source[]): Promise<void>;
};

/** Today's date in Vietnam (portals and validity dates are local). */
export function vietnamToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(now);
}

/**
 * One crawl run: active sources → discovery (sitemaps, feeds, listings; stops at known articles) → pending
 * articles newest first → fetch → raw page → clean/classify/extract → validated record → store. Everything
 * lasting is in the store, so a run killed at any moment resumes from the pending articles next time.
 */
export async function runCrawl(store: CrawlStoreLike, options: CrawlOptions): Promise<CrawlSummary> {
  const started = Date.now();
  const emit: CrawlEventSink = options.onEvent ?? (() => {});
  const today = options.today ?? vietnamToday();
  const active = activeSources(options.sources, today);
  const activeIds = new Set(active.map((s) => s.id));
  const skipped = options.sources.filter((s) => !activeIds.has(s.id)).map((s) => s.id);
  const byId = new Map(active.map((s) => [s.id, s]));
  const settings: FetchSettings = { ...DEFAULT_FETCH_SETTINGS, ...options.fetch };

  const politeness = options.politeness ?? true;
  const gate = new HostPoliteness(politeness ? DEFAULT_HOST_LIMITS : NO_HOST_LIMITS);
  if (politeness) for (const s of active) if (s.politeness) gate.configure(hostOf(s.baseUrl), s.politeness);
  const robots = new RobotsRules(gate, {
    enabled: options.robots ?? true,
    timeoutMs: settings.requestTimeoutMs,
    userAgent: settings.userAgent,
  });
  const deps = { gate, robots };

  await store.noteSources?.(active);
  const summary: CrawlSummary = {
    runId: await store.startRun(active.length),
    sources: active.length,
    skippedSources: skipped.length,
    pagesFetched: 0,
    articlesFetched: 0,
    kept: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    dropped: 0,
    failed: 0,
    durationMs: 0,
    stageMs: { build: 0, store: 0 },
  };
  emit({
    type: "run",
    phase: "start",
    runId: summary.runId,
    sources: active.length,
    skippedSources: skipped,
  });

  const recordFailure = async (request: FetchRequest, reason: string, permanent: boolean) => {
    summary.failed++;
    emit({
      type: "failure",
      sourceId: request.sourceId,
      url: request.url,
      kind: request.kind,
      reason,
      permanent,
    });
    try {
      await store.markFailed(request.url, reason, {
        permanent,
        sourceId: request.sourceId,
        kind: request.kind,
      });
    } catch {
      // The failure is already counted and reported; a store hiccup here must not stop the run.
    }
  };

  const finish = (status: "finished" | "failed", note: string | null) => {
    summary.durationMs = Date.now() - started;
    return store.finishRun(summary.runId, {
      finishedAt: new Date().toISOString(),
      pagesFetched: summary.pagesFetched,
      kept: summary.kept,
      dropped: summary.dropped,
      failed: summary.failed,
      updated: summary.updated,
      status,
      note,
    });
  };

  try {
    // — discovery: listing/feed/sitemap pages are fetched on every run —
    const known = new Map<string, Set<string>>();
    for (const s of active) known.set(s.id, await store.knownArticleUrls(s.id));
    const discoveryRequests = active.flatMap((s) => seedPages(s).map((p) => discoveryRequest(s, p)));
    emit({ type: "phase", phase: "discovery", total: discoveryRequests.length });
    await fetchPages(discoveryRequests, settings, deps, {
      onPage: async (page) => {
        summary.pagesFetched++;
        const source = byId.get(page.request.sourceId)!;
        const discoveryPage: DiscoveryPage = {
          url: page.request.url,
          kind: page.request.kind as DiscoveryPage["kind"],
          ...(page.request.listing ? { listing: page.request.listing } : {}),
        };
        try {
          const outcome = discoverFromPage(source, discoveryPage, page.decoded.text, known.get(source.id)!);
          await store.discover(
            outcome.articles.map((a) => ({
              url: a.url,
              sourceId: source.id,
              kind: "article",
              lastmod: a.lastmod,
            })),
          );
          emit({
            type: "discovered",
            sourceId: source.id,
            url: page.request.url,
            kind: page.request.kind,
            articles: outcome.articles.length,
            ...(outcome.stoppedBecause ? { stoppedBecause: outcome.stoppedBecause } : {}),
          });
          return outcome.followUps.map((p) => discoveryRequest(source, p));
        } catch (error) {
          await recordFailure(page.request, `discovery: ${(error as Error).message.split("\n")[0]}`, false);
          return [];
        }
      },
      onFailure: recordFailure,
    });

    // — articles: only pending ones (new, changed lastmod, or failed but retryable) —
    const pending = await store.pendingArticles(undefined, options.maxPages ?? 1_000_000);
    const articleRequests = pending
      .filter((p) => byId.has(p.sourceId))
      .map((p): FetchRequest => {
        const source = byId.get(p.sourceId)!;
        return {
          url: p.url,
          sourceId: p.sourceId,
          kind: "article",
          browser: source.needsBrowser,
          charset: source.charset,
        };
      });
    emit({ type: "phase", phase: "articles", total: articleRequests.length });
    const writer = new ArticleWriter(store);
    try {
      await fetchPages(
        articleRequests,
        settings,
        deps,
        {
          onPage: async (page) => {
            summary.pagesFetched++;
            summary.articlesFetched++;
            await handleArticle(writer, byId.get(page.request.sourceId)!, page, summary, emit);
            return [];
          },
          onFailure: recordFailure,
        },
        { followUps: false },
      );
    } finally {
      // Also when the fetch loop throws: what was built is committed, the rest stays pending.
      await writer.close();
      summary.stageMs.store = writer.commitMs;
    }

    await finish(
      "finished",
      skipped.length ? `skipped (outside validFrom/validTo): ${skipped.join(", ")}` : null,
    );
    emit({ type: "run", phase: "end", summary });
    return summary;
  } catch (error) {
    await finish("failed", (error as Error).message.split("\n")[0] ?? null).catch(() => {});
    throw error;
  }
}

function discoveryRequest(source: Source, page: DiscoveryPage): FetchRequest {
  return {
    url: page.url,
    sourceId: source.id,
    kind: page.kind,
    // Sitemaps and feeds are XML: a plain request reads them; listings of a browser-only portal need Chromium.
    browser: source.needsBrowser && page.kind === "listing",
    charset: source.charset,
    listing: page.listing,
  };
}

/**
 * Builds the record (or the reason it was not kept) and hands it, with the raw page, to the writer. The outcome
 * is counted and reported only once its transaction committed.
 */
async function handleArticle(
  writer: ArticleWriter,
  source: Source,
  page: FetchedPage,
  summary: CrawlSummary,
  emit: CrawlEventSink,
): Promise<void> {
  const { url } = page.request;
  const raw = {
    url,
    sourceId: source.id,
    fetchedAt: page.fetchedAt,
    status: page.status,
    headers: page.headers,
    body: page.body,
  };
  const t0 = performance.now();
  const outcome = buildArticle(source, { url, html: page.decoded.text, fetchedAt: page.fetchedAt });
  summary.stageMs.build += performance.now() - t0;
  const write: ArticleWrite =
    outcome.kind === "kept"
      ? { outcome: "kept", record: outcome.record, raw }
      : outcome.kind === "dropped"
        ? { outcome: "dropped", url, sourceId: source.id, reason: outcome.reason, raw }
        : { outcome: "failed", url, sourceId: source.id, reason: outcome.reason, permanent: true, raw };
  await writer.add(write, (result) => {
    const report = (what: "inserted" | "updated" | "unchanged" | "dropped" | "failed", reason?: string) =>
      emit({ type: "article", sourceId: source.id, url, outcome: what, ...(reason ? { reason } : {}) });
    if (typeof result === "object") {
      // The store refused this write even alone: the URL stays retryable, like a network failure.
      summary.failed++;
      report("failed", `store: ${result.error}`);
      void writer.add(
        { outcome: "failed", url, sourceId: source.id, reason: `store: ${result.error}` },
        () => {},
      );
      return;
    }
    summary[result]++;
    if (result === "dropped" || result === "failed") {
      report(result, write.outcome === "kept" ? undefined : write.reason);
      return;
    }
    summary.kept++;
    report(result);
  });
}
