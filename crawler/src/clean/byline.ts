// The byline at the end of the body ("Xuân Thu-Trường Giang"), possibly repeated, possibly followed by clutter.
import { isBylineLine, splitAuthors } from "@vnfacts/shared/extract";

/** How far from the end a byline may sit (portals print a few related-news lines after it). */
const TAIL_WINDOW = 4;

export interface BylineSplit {
  lines: string[];
  authors: string[];
  /** The byline lines as printed. */
  bylines: string[];
  /** Short lines after the byline: related-news titles and widgets, not body text. */
  trailing: string[];
}

const isSentence = (line: string) => line.length > 90 || /[.!?…:;]["”»)]?$/u.test(line);

/** Takes the byline off the end of the body lines, and the non-sentence lines printed after it. */
export function splitTrailingByline(lines: readonly string[]): BylineSplit {
  const kept = [...lines];
  let index = -1;
  for (let i = kept.length - 1; i >= Math.max(0, kept.length - TAIL_WINDOW); i--) {
    if (isBylineLine(kept[i]!)) {
      index = i;
      break;
    }
    if (isSentence(kept[i]!)) break;
  }
  if (index < 0) return { lines: kept, authors: [], bylines: [], trailing: [] };
  const trailing = kept.splice(index + 1);
  const bylines = kept.splice(index, 1);
  // The same byline printed twice (seed 000) or a second byline line just above.
  while (kept.length && isBylineLine(kept.at(-1)!) && !isSentence(kept.at(-1)!)) bylines.unshift(kept.pop()!);
  return { lines: kept, authors: authorsOf(bylines), bylines, trailing };
}

export function authorsOf(bylines: readonly string[]): string[] {
  const authors: string[] = [];
  for (const line of bylines)
    for (const name of splitAuthors(line)) if (!authors.includes(name)) authors.push(name);
  return authors;
}
