/**
 * Small scanning helpers shared by the fact modules: words, capitalized runs, sentences and clauses.
 * All positions are UTF-16 offsets into the body as given.
 */
import { foldForSearch } from "../text/normalize.ts";

export type Span = { start: number; end: number };
export type Word = Span & { text: string };

/** A body prepared once: the text and its length-preserving search fold (lower case, tone placement). */
export type Prepared = { text: string; fold: string; sentences: Span[] };

export function prepare(text: string): Prepared {
  return { text, fold: foldForSearch(text), sentences: sentenceSpans(text) };
}

// "H'Linh": Ê Đê given names carry a capital after the apostrophe.
const CAP_WORD = /^[\p{Lu}](?:['’][\p{Lu}])?[\p{Ll}\p{M}'’]*$/u;
const ABBREVIATION = /^[\p{Lu}][\p{Lu}\d]*(?:-[\p{Lu}\d]+)*$/u;
const WORD_AT = /[\p{L}\p{M}'’]+|\d+(?:[.,/-]\d+)*/uy;

export const isCapWord = (w: string) => CAP_WORD.test(w);
export const isAbbreviation = (w: string) => w.length > 1 && ABBREVIATION.test(w);

/** The word starting exactly at `pos` (letters, or a number with separators), or null. */
export function wordAt(text: string, pos: number): Word | null {
  WORD_AT.lastIndex = pos;
  const m = WORD_AT.exec(text);
  return m ? { start: pos, end: pos + m[0].length, text: m[0] } : null;
}

/** Words as written, one space apart ("Kỳ Sơn"). */
export function runText(run: readonly Word[]): string {
  return run.map((w) => w.text).join(" ");
}

/** How many leading words of `run` (at most `max`) make the longest name `accept` takes; 0 for none. */
export function longestPrefix(
  run: readonly Word[],
  accept: (name: string) => boolean,
  max = run.length,
): number {
  for (let n = Math.min(run.length, max); n >= 1; n--) if (accept(runText(run.slice(0, n)))) return n;
  return 0;
}

/** Capitalized words one space apart starting at `pos` (at most `max`). */
export function capRun(text: string, pos: number, max = 6): Word[] {
  const words: Word[] = [];
  let w = wordAt(text, pos);
  while (w && isCapWord(w.text) && words.length < max) {
    words.push(w);
    if (text[w.end] !== " ") break;
    w = wordAt(text, w.end + 1);
  }
  return words;
}

/** Sentences: split after ".", "!", "?", "…" followed by a space and a capital, a quote or a digit, and at newlines. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const re = /[.!?…]+(?=\s+[\p{Lu}\d“"'(])|\n+/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

export function sentenceAt(p: Prepared, pos: number): Span {
  let lo = 0;
  let hi = p.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = p.sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: p.text.length };
}

/** Start of the clause containing `pos` within its sentence (after the last ";" before it). */
export function clauseStart(p: Prepared, pos: number): number {
  const s = sentenceAt(p, pos);
  const i = p.text.lastIndexOf(";", pos - 1);
  return i >= s.start ? i + 1 : s.start;
}

/** End of the clause containing `pos` (the next ";" or the sentence end). */
export function clauseEnd(p: Prepared, pos: number): number {
  const s = sentenceAt(p, pos);
  const i = p.text.indexOf(";", pos);
  return i >= 0 && i < s.end ? i : s.end;
}

/** Where the last of any of `marks` starts in `text`, or -1. */
export function lastIndexOfAny(text: string, marks: readonly string[]): number {
  let last = -1;
  for (const mark of marks) last = Math.max(last, text.lastIndexOf(mark));
  return last;
}

/** Escapes a literal for use in a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Alternation of phrases (folded), longest first, as a RegExp source. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map((p) => foldForSearch(p)))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|");
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
