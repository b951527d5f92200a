/**
 * The fact extractor: rules, controlled vocabularies and a gazetteer over NFC body text. Every fact
 * quotes its evidence (`text === body.slice(start, end)`).
 */
import type { Fact } from "../schema/fact.ts";
import type { CleanArticle, TopicScore } from "../schema/record.ts";
import { extractDateFacts } from "./dates.ts";
import { classifyTopics } from "./topic.ts";

export { isBylineLine, splitAuthors } from "./byline.ts";
export { parseTextDocument } from "./document.ts";
export { classifyTopics } from "./topic.ts";

/** Bump when rules or vocabularies change: stored records name the version that produced their facts. */
export const EXTRACTOR_VERSION = "0.1.0";

export type ExtractContext = {
  /** The article's publication date (YYYY-MM-DD or ISO date-time): the year of "27/1". */
  publicationDate?: string | null;
  title?: string;
};

export function extractFacts(body: string, ctx: ExtractContext = {}): Fact[] {
  const reference = ctx.publicationDate ? ctx.publicationDate.slice(0, 10) : undefined;
  const facts: Fact[] = [...extractDateFacts(body, reference)];
  return facts.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function extractArticle(doc: CleanArticle): { topics: TopicScore[]; facts: Fact[] } {
  return {
    topics: classifyTopics(doc.title, doc.body),
    facts: extractFacts(doc.body, { publicationDate: doc.publicationDate.value, title: doc.title }),
  };
}
