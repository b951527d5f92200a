/**
 * A page's text dump (one line per block, as in the seeds) → CleanArticle: title, section, the
 * article's own publication date (never the portal clock), authors, and a body without clutter.
 */
import type { CleanArticle, PublicationDate } from "../schema/record.ts";
import { isBoilerplateLine } from "../text/boilerplate.ts";
import { isPortalClock, parsePublicationDate } from "../text/dates.ts";
import { squashSpaces } from "../text/normalize.ts";
import { isBylineLine, splitAuthors } from "./byline.ts";

const DUMP_DATE_LINE = /^date\s+(\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\s*(.*)$/u;
const SECTION_LINE = /^(?:chuyên mục|danh mục|mục)\s*:\s*(.+)$/iu;
const TAIL_LINES = 40;

/** A short line that is only a date and time (plus labels such as "Ngày đăng:"). */
function isDateLine(line: string, fetchedAt: Date): PublicationDate | null {
  if (line.length > 70) return null;
  const parsed = parsePublicationDate(line, { fetchedAt });
  if (!parsed) return null;
  const words = line
    .replace(/\d+/g, " ")
    .replace(/\b(?:GMT|AM|PM|SA|CH)\b/gi, " ")
    .replace(/[\p{P}\p{S}]/gu, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 6 ? parsed : null;
}

const NONE: PublicationDate = { value: null, precision: "unknown", raw: null, origin: "none" };

const words = (line: string) => line.split(" ").filter((w) => /[\p{L}\d]/u.test(w)).length;

/** A body paragraph rather than a head line: a sentence of some length, or a very long line. */
function isParagraph(line: string): boolean {
  return (words(line) >= 8 && /[.…]["”’)]*$/u.test(line)) || words(line) >= 40;
}

/** Site banners print in capitals ("BÁO HÀ TĨNH", "UBND XÃ NGỌC LẶC - TỈNH THANH HÓA"); titles do not. */
const isAllCaps = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/**
 * The head of a portal page (banner, clock, navigation, section, title, the article's date line) ends at
 * the first paragraph. The title is the last plain line before the article's own date line; without one,
 * the last headline-length line that is not a capitalized banner. Null → the simple reading below.
 */
function planHead(
  lines: readonly string[],
  fetchedAt: Date,
): { title: number; beforeTitle: number; bodyStart: number } | null {
  const end = lines.findIndex((l) => l && isParagraph(l) && !isBoilerplateLine(l));
  if (end <= 0) return null;
  const candidates: number[] = [];
  let byDate = -1;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (DUMP_DATE_LINE.test(line)) return null;
    if (SECTION_LINE.test(line) || isPortalClock(line) || isBoilerplateLine(line)) continue;
    if (isDateLine(line, fetchedAt)) {
      const before = candidates.at(-1);
      if (before !== undefined) byDate = before;
      continue;
    }
    candidates.push(i);
  }
  const headline = [...candidates].reverse().find((i) => words(lines[i]!) >= 4 && !isAllCaps(lines[i]!));
  const title = byDate >= 0 ? byDate : (headline ?? -1);
  if (title < 0) return null;
  // A long plain line after the title and its date is a lead paragraph, not clutter.
  const lead = candidates.find((i) => i > title && words(lines[i]!) >= 8);
  let beforeTitle = title - 1;
  while (beforeTitle >= 0 && !lines[beforeTitle]) beforeTitle--;
  return { title, beforeTitle, bodyStart: lead ?? end };
}

export function parseTextDocument(
  text: string,
  ctx: { fetchedAt?: Date; referenceDate?: string } = {},
): CleanArticle {
  const fetchedAt =
    ctx.fetchedAt ?? (ctx.referenceDate ? new Date(`${ctx.referenceDate}T12:00:00+07:00`) : new Date());
  const lines = text
    .normalize("NFC")
    .split(/\r?\n/)
    .map((l) => squashSpaces(l));
  const boilerplate: string[] = [];
  let title: string | null = null;
  let section: string | null = null;
  const datesBeforeTitle: PublicationDate[] = [];
  const datesAfterTitle: PublicationDate[] = [];
  let bodyStart = lines.length;
  const head = planHead(lines, fetchedAt);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (head) {
      if (i >= head.bodyStart) {
        bodyStart = i;
        break;
      }
      if (i === head.title) {
        title = line;
        continue;
      }
    }
    const dump = DUMP_DATE_LINE.exec(line);
    if (dump) {
      const parsed = parsePublicationDate(dump[1]!, { fetchedAt });
      if (parsed) (title ? datesAfterTitle : datesBeforeTitle).push(parsed);
      const rest = dump[2]!.trim();
      // " date 2026-01-27 Xây dựng Đảng" then the title on the next line: the rest is the section.
      if (rest && !title) {
        const nextIsText = Boolean(lines[i + 1]);
        if (nextIsText && rest.split(" ").length <= 6) section = rest;
        else title = rest;
      }
      continue;
    }
    const sectionMatch = SECTION_LINE.exec(line);
    if (sectionMatch && !title) {
      section = sectionMatch[1]!.trim();
      boilerplate.push(line);
      continue;
    }
    if (isPortalClock(line)) {
      boilerplate.push(line);
      continue;
    }
    const date = isDateLine(line, fetchedAt);
    if (date) {
      (title ? datesAfterTitle : datesBeforeTitle).push(date);
      // Above a planned title a date line is the portal's clock: clutter.
      if (date.origin === "relative" || (head && !title)) boilerplate.push(line);
      continue;
    }
    if (isBoilerplateLine(line)) {
      boilerplate.push(line);
      continue;
    }
    if (head) {
      // Around a planned title: a short label right before it is the section, the rest is page clutter.
      if (!section && i === head.beforeTitle && words(line) <= 4 && !isAllCaps(line)) section = line;
      else boilerplate.push(line);
      continue;
    }
    if (!title) {
      // A short label before a longer line is a section or category ("Thời sự"), not the title.
      const next = lines.slice(i + 1).find((l) => l && !isBoilerplateLine(l) && !isDateLine(l, fetchedAt));
      const words = line.split(" ").length;
      if (!section && words <= 3 && !/[.:!?]$/u.test(line) && next && next.split(" ").length >= 5) {
        section = line;
        continue;
      }
      title = line;
      continue;
    }
    // The first real paragraph after the title opens the body; meta lines are consumed above.
    bodyStart = i;
    break;
  }

  // The article's date: after the title it is the article's own; a date line before the title is a
  // portal clock unless it is the only one.
  const page = [...datesAfterTitle, ...datesBeforeTitle];
  let publicationDate = page.find((d) => d.origin === "page") ?? page[0] ?? NONE;

  // Tail: the byline, then related headlines and counters. Everything after the byline is clutter.
  const bodyLines = lines.slice(bodyStart);
  const authors: string[] = [];
  let bodyEnd = bodyLines.length;
  const tailFrom = Math.max(0, bodyLines.length - TAIL_LINES);
  for (let j = bodyLines.length - 1; j >= tailFrom; j--) {
    const line = bodyLines[j]!;
    if (!line) continue;
    if (isBylineLine(line)) {
      // Include repeated bylines just above ("Dương Liễu" printed twice).
      let k = j;
      while (k - 1 >= 0 && (!bodyLines[k - 1] || isBylineLine(bodyLines[k - 1]!))) k--;
      while (k < j && !bodyLines[k]) k++;
      for (let n = k; n <= j; n++) {
        const l = bodyLines[n]!;
        if (l) for (const a of splitAuthors(l)) if (!authors.includes(a)) authors.push(a);
      }
      for (let n = j + 1; n < bodyLines.length; n++) if (bodyLines[n]) boilerplate.push(bodyLines[n]!);
      bodyEnd = k;
      break;
    }
  }

  // Some portals print the date under the body ("Ngày đăng: …"): look there when the head had none.
  if (publicationDate.origin === "none") {
    for (let j = bodyEnd - 1; j >= Math.max(0, bodyEnd - 8); j--) {
      const line = bodyLines[j];
      const date = line ? isDateLine(line, fetchedAt) : null;
      if (!date || isPortalClock(line!)) continue;
      publicationDate = date;
      boilerplate.push(line!);
      bodyLines[j] = "";
      break;
    }
  }

  const paragraphs: string[] = [];
  for (const line of bodyLines.slice(0, bodyEnd)) {
    if (!line) continue;
    if (isBoilerplateLine(line)) {
      boilerplate.push(line);
      continue;
    }
    paragraphs.push(line);
  }

  return {
    title: title ?? paragraphs[0]?.slice(0, 200) ?? "(untitled)",
    lead: null,
    body: paragraphs.join("\n\n"),
    section,
    authors,
    publicationDate,
    boilerplate,
  };
}
