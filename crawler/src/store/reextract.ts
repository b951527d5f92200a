// Re-runs decoding, cleaning and extraction over the stored raw pages (after a cleaner or extractor change),
// updating only the records whose output changed.
import { recordIdFor, type Source, Source as SourceSchema } from "@vnfacts/shared";
import { buildArticle } from "../crawl/article.ts";
import { decodePage } from "../fetch/charset.ts";
import type { SqlCrawlStore } from "./sql-store.ts";

export interface ReextractCounts {
  pages: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Off-topic now; a record kept earlier stays stored (listed in `notes`). */
  dropped: number;
  failed: number;
  notes: string[];
}

/** A stand-in registry entry for a source the store knows only by id: generic layout, its page's origin. */
function stubSource(id: string, url: string, province: string): Source {
  const origin = new URL(url).origin;
  return SourceSchema.parse({
    id,
    name: id,
    province,
    level: "province",
    baseUrl: `${origin}/`,
    discovery: { listings: [{ url: `${origin}/` }] },
  });
}

function headerValue(headers: Record<string, string>, name: string): string | null {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return null;
}

/**
 * `registry` wins over the definitions remembered in the store; sources known to neither are read with the
 * generic extractor (and no province).
 */
export async function reextractAll(store: SqlCrawlStore, registry: Source[] = []): Promise<ReextractCounts> {
  const sources = new Map<string, Source>();
  for (const source of await store.knownSources()) sources.set(source.id, source);
  for (const source of registry) sources.set(source.id, source);
  const counts: ReextractCounts = {
    pages: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    dropped: 0,
    failed: 0,
    notes: [],
  };
  for await (const page of store.iterateRawPages()) {
    counts.pages++;
    let source = sources.get(page.sourceId);
    if (!source) {
      // Keep the province the stored record already has, so re-extraction alone does not change it.
      const previous = await store.getRecord(recordIdFor(page.url));
      source = stubSource(page.sourceId, page.url, previous?.province ?? "unknown");
      counts.notes.push(`source ${page.sourceId}: not in the registry, read with the generic extractor`);
    }
    const outcome = (() => {
      try {
        const decoded = decodePage(page.body, {
          contentType: headerValue(page.headers, "content-type"),
          declared: source.charset ?? null,
        });
        return buildArticle(source, { url: page.url, html: decoded.text, fetchedAt: page.fetchedAt });
      } catch (error) {
        return { kind: "failed" as const, reason: `decode: ${(error as Error).message}` };
      }
    })();
    if (outcome.kind === "kept") counts[await store.upsertRecord(outcome.record)]++;
    else {
      counts[outcome.kind]++;
      const state = await store.getUrlState(page.url);
      if (state?.status === "kept")
        counts.notes.push(`${page.url}: kept before, now ${outcome.kind}: ${outcome.reason}`);
    }
  }
  return counts;
}
