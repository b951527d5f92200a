/**
 * The fact extractor: rules, controlled vocabularies and a gazetteer over NFC body text. Every fact
 * quotes its evidence (`text === body.slice(start, end)`).
 */
import type { Fact } from "../schema/fact.ts";
import type { CleanArticle, TopicScore } from "../schema/record.ts";
import { vietnamDateOf } from "../text/dates.ts";
import { extractAwards } from "./awards.ts";
import { extractCongress } from "./congress.ts";
import { extractDateFacts } from "./dates.ts";
import { extractLegalRefs } from "./legal.ts";
import { extractLocalities } from "./localities.ts";
import { extractMetrics } from "./metrics.ts";
import { extractMovements } from "./movements.ts";
import { extractPeople } from "./people.ts";
import { prepare } from "./scan.ts";
import { classifyTopics } from "./topic.ts";

export { isBylineLine, splitAuthors } from "./byline.ts";
export { parseTextDocument } from "./document.ts";
export { classifyEvents, type EventMatch, type EventType } from "./event.ts";
export { parseQuantity } from "./metrics.ts";
export { type ExtractionSummary, summarizeExtraction } from "./summary.ts";
export { classifyTopics } from "./topic.ts";

/** Bump when rules or vocabularies change: stored records name the version that produced their facts. */
export const EXTRACTOR_VERSION = "0.4.0";

export type ExtractContext = {
  /** The article's publication date (YYYY-MM-DD or ISO date-time): the year of "27/1", the gazetteer layer. */
  publicationDate?: string | null;
  /** When the page was fetched: the year of "27/1" when the page states no publication date. */
  fetchedAt?: Date;
  title?: string;
};

export function extractFacts(body: string, ctx: ExtractContext = {}): Fact[] {
  const reference = ctx.publicationDate
    ? ctx.publicationDate.slice(0, 10)
    : ctx.fetchedAt
      ? vietnamDateOf(ctx.fetchedAt)
      : undefined;
  const p = prepare(body);
  const congress = extractCongress(p);
  const awards = extractAwards(p);
  const facts: Fact[] = [
    ...extractDateFacts(body, reference),
    ...extractLocalities(p, { date: reference }),
    ...extractPeople(p),
    ...awards,
    ...extractMetrics(p, [...congress.consumed, ...awards]),
    ...(congress.fact ? [congress.fact] : []),
    ...extractLegalRefs(p),
    ...extractMovements(p),
  ];
  return facts.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Topics and facts of a cleaned article. Without a publication date, year-less dates take the year of
 * `opts.fetchedAt` (when given).
 */
export function extractArticle(
  doc: CleanArticle,
  opts: { fetchedAt?: Date } = {},
): { topics: TopicScore[]; facts: Fact[] } {
  return {
    topics: classifyTopics(doc.title, doc.body),
    facts: extractFacts(doc.body, {
      publicationDate: doc.publicationDate.value,
      fetchedAt: opts.fetchedAt,
      title: doc.title,
    }),
  };
}
