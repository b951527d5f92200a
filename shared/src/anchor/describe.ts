import type { TextPositionSelector, TextQuoteSelector } from "../schema/annotation.ts";

/** Characters of context kept on each side of a quote (as the Hypothesis client does). */
export const QUOTE_CONTEXT_LENGTH = 32;

export interface TextRangeDescription {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Describes `text.slice(start, end)` by the two W3C selectors an annotation stores: the quote with up to
 * 32 characters of prefix and suffix, and the UTF-16 offsets. Pure: the extension calls it on a page's
 * rendered text, the dataset join on a record's body.
 */
export function describeTextRange(text: string, start: number, end: number): TextRangeDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`describeTextRange: invalid range ${start}–${end} in a text of ${text.length}`);
  }
  const prefix = text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start);
  const suffix = text.slice(end, end + QUOTE_CONTEXT_LENGTH);
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      ...(prefix ? { prefix } : {}),
      ...(suffix ? { suffix } : {}),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}
