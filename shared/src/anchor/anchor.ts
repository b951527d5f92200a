import type { Selector, TextPositionSelector, TextQuoteSelector } from "../schema/annotation.ts";
import { matchExactQuote, matchFuzzyQuote, type QuoteMatch } from "./match-quote.ts";

export type AnchorMethod = "position" | "quote" | "fuzzy";

export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for position and exact-quote anchors; the weighted similarity for fuzzy ones. */
  score: number;
}

export interface AnchorOptions {
  /** Minimum fuzzy score (0–1) to accept; below it the annotation is an orphan. */
  minFuzzyScore?: number;
  /** Minimum similarity of the matched text alone to the quote, so context cannot carry a wrong match. */
  minQuoteSimilarity?: number;
}

/**
 * 0.75 accepts a quote with a few words inserted or removed inside it while its context stays, and refuses
 * a quote that is gone (its best stand-in then scores about 0.5 on the quote and little on the context).
 */
export const DEFAULT_MIN_FUZZY_SCORE = 0.75;
export const DEFAULT_MIN_QUOTE_SIMILARITY = 0.6;

/** Characters searched on each side of the old position before the fuzzy search scans the whole text. */
export const FUZZY_WINDOW_RADIUS = 2000;

export interface SelectorSet {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | undefined;
}

/** Picks the quote and position selectors out of a W3C selector list. */
export function selectorSetOf(selectors: readonly Selector[] | SelectorSet): SelectorSet | null {
  if (!Array.isArray(selectors)) return selectors as SelectorSet;
  const list = selectors as readonly Selector[];
  const quote = list.find((s): s is TextQuoteSelector => s.type === "TextQuoteSelector");
  const position = list.find((s): s is TextPositionSelector => s.type === "TextPositionSelector");
  return quote ? { quote, position } : null;
}

/**
 * Finds where an annotation's selectors point in `text`, in the order the Hypothesis client uses:
 * the position when the text there still equals the quote, then the exact quote (the best-placed
 * occurrence by context), then a fuzzy quote match above the threshold. Null means orphan.
 */
export function anchorSelectors(
  text: string,
  selectors: readonly Selector[] | SelectorSet,
  options: AnchorOptions = {},
): AnchorResult | null {
  const set = selectorSetOf(selectors);
  if (!set || set.quote.exact.length === 0) return null;
  const { quote, position } = set;
  const exact = quote.exact;

  if (position && position.end <= text.length && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: "position", score: 1 };
  }

  const context = { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start };
  const exactMatch = matchExactQuote(text, exact, context);
  if (exactMatch) return { start: exactMatch.start, end: exactMatch.end, method: "quote", score: 1 };

  const minScore = options.minFuzzyScore ?? DEFAULT_MIN_FUZZY_SCORE;
  const minQuote = options.minQuoteSimilarity ?? DEFAULT_MIN_QUOTE_SIMILARITY;
  const acceptable = (m: QuoteMatch | null): m is QuoteMatch =>
    !!m && m.score >= minScore && 1 - m.errors / exact.length >= minQuote;

  // Most edits are local: look near the old position first, then over the whole text.
  if (position) {
    const radius = Math.max(FUZZY_WINDOW_RADIUS, exact.length * 2);
    const from = Math.max(0, position.start - radius);
    const to = Math.min(text.length, position.end + radius);
    if (from > 0 || to < text.length) {
      const near = matchFuzzyQuote(text.slice(from, to), exact, { ...context, hint: position.start - from });
      if (acceptable(near) && near.start > 0 && near.end < to - from) {
        return { start: near.start + from, end: near.end + from, method: "fuzzy", score: near.score };
      }
    }
  }
  const fuzzy = matchFuzzyQuote(text, exact, context);
  if (!acceptable(fuzzy)) return null;
  return { start: fuzzy.start, end: fuzzy.end, method: "fuzzy", score: fuzzy.score };
}
