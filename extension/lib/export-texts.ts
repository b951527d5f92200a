import { recordIdFor } from "@vnfacts/shared";
import { recordToSourceText, type SourceText } from "@vnfacts/shared/dataset";
import type { VnfactsDb } from "./db/schema.ts";

/**
 * The text each page's annotations are exported on: the imported crawled record's body when there is one
 * (then offsets match `vnfacts dataset build`), else the page's main text as the content script last sent it
 * (`pageTexts`). Pages with neither have no text; their annotations are counted as orphans.
 */
export async function exportTexts(db: VnfactsDb, pageUrls: Iterable<string>): Promise<SourceText[]> {
  const urls = [...new Set(pageUrls)];
  const records = await db.records.where("pageUrl").anyOf(urls).toArray();
  const byUrl = new Map(records.map((r) => [r.pageUrl, recordToSourceText(r.record)] as const));
  const missing = urls.filter((u) => !byUrl.has(u));
  const [texts, pages] = await Promise.all([db.pageTexts.bulkGet(missing), db.pages.bulkGet(missing)]);
  missing.forEach((url, i) => {
    const t = texts[i];
    if (t) byUrl.set(url, { id: recordIdFor(url), url, text: t.text, title: pages[i]?.title ?? null });
  });
  return [...byUrl.values()];
}
