import { extractFacts } from "@vnfacts/shared/extract";
import { vietnamDateOf } from "@vnfacts/shared/text";
import type { VnfactsDb } from "../db/schema.ts";
import { recordForPage } from "../records/import.ts";
import { type Suggestion, suggestionsFromFacts } from "./suggestion.ts";

/**
 * A page's suggestions not yet decided: an imported record's stored facts when the page is a crawled record,
 * else the shared extractor over the page's main text (NFC, as records are). Year-less dates take today's
 * year, as the crawler does with the fetch time when a page states no date.
 */
export async function suggestionsForPage(
  db: VnfactsDb,
  url: string,
  text: string,
  opts: { now: Date; decided: readonly string[] },
): Promise<{ source: "record" | "extractor"; suggestions: Suggestion[] }> {
  const decided = new Set(opts.decided);
  const pending = (list: Suggestion[]) => list.filter((s) => !decided.has(s.suggestionId));
  const record = await recordForPage(db, url);
  if (record) {
    return {
      source: "record",
      suggestions: pending(
        suggestionsFromFacts(record.facts, record.body, { pageUrl: url, recordId: record.id }),
      ),
    };
  }
  const body = text.normalize("NFC");
  if (!body.trim()) return { source: "extractor", suggestions: [] };
  const facts = extractFacts(body, { publicationDate: vietnamDateOf(opts.now) });
  return { source: "extractor", suggestions: pending(suggestionsFromFacts(facts, body, { pageUrl: url })) };
}
