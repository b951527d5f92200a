import type { Selector, TextPositionSelector, TextQuoteSelector } from "../schema/annotation.ts";
import { matchExactQuote, matchFuzzyQuote } from "./match-quote.ts";

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

  const fuzzy = matchFuzzyQuote(text, exact, context);
  const minScore = options.minFuzzyScore ?? DEFAULT_MIN_FUZZY_SCORE;
  const minQuote = options.minQuoteSimilarity ?? DEFAULT_MIN_QUOTE_SIMILARITY;
  if (!fuzzy || fuzzy.score < minScore || 1 - fuzzy.errors / exact.length < minQuote) return null;
  return { start: fuzzy.start, end: fuzzy.end, method: "fuzzy", score: fuzzy.score };
}
