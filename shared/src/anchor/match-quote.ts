import approxSearch from "approx-string-match";

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0–1: weighted similarity of the quote, its prefix and suffix, and closeness to the expected offset. */
  score: number;
  /** Edit distance between the quote and the matched text. */
  errors: number;
}

export interface QuoteContext {
  prefix?: string | undefined;
  suffix?: string | undefined;
  /** Expected start offset (from a TextPositionSelector); only breaks ties. */
  hint?: number | undefined;
}

// Weights as in the Hypothesis client: the quote dominates, the context separates repeated quotes,
// the position hint only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Most approximate matches of one quote that get a context score. */
export const MAX_FUZZY_CANDIDATES = 40;

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

function exactMatches(text: string, pattern: string): RawMatch[] {
  const found: RawMatch[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    found.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return found;
}

/** Similarity 0–1 of `actual` to `expected`: 1 − edit distance / length (approximate substring match). */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

function scoreMatch(text: string, quote: string, match: RawMatch, context: QuoteContext): number {
  const quoteScore = 1 - match.errors / quote.length;
  const prefixScore = context.prefix
    ? similarity(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
    : 1;
  const suffixScore = context.suffix
    ? similarity(text.slice(match.end, match.end + context.suffix.length), context.suffix)
    : 1;
  const positionScore =
    context.hint === undefined || text.length === 0
      ? 1
      : 1 - Math.abs(match.start - context.hint) / text.length;
  return (
    (QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore) /
    MAX_SCORE
  );
}

function best(text: string, quote: string, candidates: RawMatch[], context: QuoteContext): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const m of candidates) {
    const score = scoreMatch(text, quote, m, context);
    if (!top || score > top.score) top = { start: m.start, end: m.end, errors: m.errors, score };
  }
  return top;
}

/** Best exact occurrence of `quote` (ranked by context when it occurs more than once), or null. */
export function matchExactQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const found = exactMatches(text, quote);
  if (found.length <= 1) return best(text, quote, found, context);
  // A short quote ("thi đua") can occur hundreds of times. Occurrences whose context is intact win
  // outright (both sides, else one side); only when none is intact is every occurrence scored.
  const { prefix = "", suffix = "" } = context;
  const prefixOk = (m: RawMatch) =>
    text.startsWith(prefix, m.start - prefix.length) && m.start >= prefix.length;
  const suffixOk = (m: RawMatch) => text.startsWith(suffix, m.end);
  const both = found.filter((m) => prefixOk(m) && suffixOk(m));
  if (both.length) return best(text, quote, both, context);
  const either = found.filter((m) => prefixOk(m) || suffixOk(m));
  return best(text, quote, either.length ? either : found, context);
}

/**
 * Best approximate occurrence of `quote` allowing up to half its length in edits (Myers' bit-parallel
 * algorithm via approx-string-match), ranked by quote + context similarity. The caller applies the
 * acceptance threshold.
 */
export function matchFuzzyQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  // Cost is O(maxErrors / 32 × text length); 256 bounds it for very long quotes.
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const found = approxSearch(text, quote, maxErrors);
  // A short quote can match hundreds of places with the same few errors; scoring each costs two more
  // searches, so only the closest ones (fewest errors, then nearest the hint) are scored.
  const hint = context.hint ?? 0;
  const candidates =
    found.length <= MAX_FUZZY_CANDIDATES
      ? found
      : found
          .sort((a, b) => a.errors - b.errors || Math.abs(a.start - hint) - Math.abs(b.start - hint))
          .slice(0, MAX_FUZZY_CANDIDATES);
  return best(text, quote, candidates, context);
}
