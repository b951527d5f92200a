import {
  type Fact,
  sha256Hex,
  TagIdSchema,
  TextPositionSelector,
  TextQuoteSelector,
  tagForFact,
} from "@vnfacts/shared";
import { describeTextRange } from "@vnfacts/shared/anchor";
import * as z from "zod";

// A machine suggestion: a fact (from the shared extractor, or stored in an imported crawled record) turned
// into what the reviewer decides on — a tag, a normalized value and the selectors of its evidence.

export const SuggestionSource = z.enum(["extractor", "record"]);
export type SuggestionSource = z.infer<typeof SuggestionSource>;

export const Suggestion = z.object({
  /** Stable across visits: `<record id>:<fact index>`, or `x:` + a hash of page, tag, quote and occurrence. */
  suggestionId: z.string().min(1).max(200),
  source: SuggestionSource,
  tag: TagIdSchema,
  value: z.union([z.string().max(500), z.number()]).nullable(),
  quote: TextQuoteSelector,
  /** Offsets into the text the facts point into (the page's main text, or the record's body). */
  position: TextPositionSelector,
});
export type Suggestion = z.infer<typeof Suggestion>;

/** The normalized value an annotation carries for a fact: a count, a number, an ISO date, a canonical name. */
export function factValue(fact: Fact): string | number | null {
  switch (fact.type) {
    case "award":
      return fact.count;
    case "metric":
      return fact.value;
    case "date":
      return fact.date;
    case "person":
      return fact.name;
    case "locality":
      return fact.name;
    case "movement":
      return fact.name;
    case "congress":
      return fact.term ?? fact.ordinal;
    case "legal_ref":
      return fact.number ?? fact.kind;
  }
}

/** How many times `exact` occurs in `text` before `start`: tells repeated quotes apart in the id. */
function occurrenceBefore(text: string, exact: string, start: number): number {
  let n = 0;
  for (let at = text.indexOf(exact); at !== -1 && at < start; at = text.indexOf(exact, at + 1)) n++;
  return n;
}

/**
 * Suggestions for facts found in `text`. Facts whose offsets do not quote the text are skipped (a record
 * written by another extractor version could carry some). `recordId` set: ids are `<recordId>:<index>`.
 */
export function suggestionsFromFacts(
  facts: readonly Fact[],
  text: string,
  origin: { pageUrl: string; recordId?: string | null },
): Suggestion[] {
  const out: Suggestion[] = [];
  facts.forEach((fact, i) => {
    if (fact.end > text.length || text.slice(fact.start, fact.end) !== fact.text) return;
    const tag = tagForFact(fact);
    const { quote, position } = describeTextRange(text, fact.start, fact.end);
    const value = factValue(fact);
    out.push({
      suggestionId: origin.recordId
        ? `${origin.recordId}:${i}`
        : `x:${sha256Hex(`${origin.pageUrl}\n${tag}\n${fact.text}\n${occurrenceBefore(text, fact.text, fact.start)}`).slice(0, 20)}`,
      source: origin.recordId ? "record" : "extractor",
      tag,
      value: typeof value === "string" ? value.slice(0, 500) : value,
      quote,
      position,
    });
  });
  return out;
}
