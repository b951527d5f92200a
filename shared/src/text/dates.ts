/**
 * Dates as Vietnamese portals write them: the article's own date line ("Thứ 5, 05/01/2023 | 16:31:04",
 * "Ngày đăng: 23/02/2020 09:32", "1 giờ trước"), the portal clock that must never be taken for it
 * ("Thứ 7, 28/01/2023, 20:42[GMT+7]"), and dates inside the body ("Chiều 27/1", "Trong 2 ngày 22-23/7").
 */
import type { PublicationDate } from "../schema/record.ts";

/** Portals publish in Asia/Ho_Chi_Minh, which has no daylight saving. */
const VN_OFFSET_MINUTES = 7 * 60;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2199) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** An instant written as local Vietnam time with its offset: "2026-01-27T09:30:00+07:00". */
export function toVietnamIso(instant: Date, offsetMinutes = VN_OFFSET_MINUTES): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  return (
    `${isoDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The calendar date (YYYY-MM-DD) of an instant in Vietnam. */
export function vietnamDateOf(instant: Date): string {
  return toVietnamIso(instant).slice(0, 10);
}

const WEEKDAY = String.raw`(?:thứ\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\s*nhật|cn)`;

/**
 * The portal's own clock (today's date in the header), not the article's: a weekday line with a
 * bracketed "[GMT+7]", or "Thứ 4, Ngày 20/01/2021 -" with no time.
 */
export function isPortalClock(line: string): boolean {
  const s = line.trim();
  if (s.length > 60) return false;
  const weekdayFirst = new RegExp(`^${WEEKDAY}\\s*,?`, "iu").test(s);
  if (!weekdayFirst && !/^(?:hôm nay|today)\b/iu.test(s)) return false;
  if (/\[\s*GMT\s*[+-]\s*\d+\s*\]/i.test(s)) return true;
  // "Thứ 4, Ngày 20/01/2021 -": a capitalized "Ngày" and no time of day.
  if (/,\s*Ngày\s+\d{1,2}\/\d{1,2}\/\d{4}\s*[-–|]?\s*$/u.test(s)) return true;
  return /^hôm nay/iu.test(s);
}

const RELATIVE_UNITS: Record<string, number> = {
  giây: 1_000,
  phút: 60_000,
  giờ: 3_600_000,
  tiếng: 3_600_000,
  ngày: 86_400_000,
  tuần: 7 * 86_400_000,
  tháng: 30 * 86_400_000,
  năm: 365 * 86_400_000,
};

const RELATIVE = /(\d+)\s*(giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s*trước/iu;
const ISO_LIKE =
  /(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const DMY = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const LONG_DMY = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const TIME = /(\d{1,2})\s*[:hg]\s*(\d{2})(?:\s*:\s*(\d{2}))?/u;
const GMT = /GMT\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i;

function offsetOf(raw: string): number {
  const m = GMT.exec(raw);
  if (!m) return VN_OFFSET_MINUTES;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

function withTime(
  date: string,
  rest: string,
  offsetMinutes: number,
): Pick<PublicationDate, "value" | "precision"> {
  const t = TIME.exec(rest);
  if (!t) return { value: date, precision: "day" };
  const h = Number(t[1]);
  const min = Number(t[2]);
  const sec = t[3] === undefined ? null : Number(t[3]);
  if (h > 23 || min > 59 || (sec !== null && sec > 59)) return { value: date, precision: "day" };
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return {
    value: `${date}T${pad(h)}:${pad(min)}:${pad(sec ?? 0)}${offset}`,
    precision: sec === null ? "minute" : "second",
  };
}

/**
 * Reads one date line into a PublicationDate, or null when it holds no date. Relative strings ("2 ngày
 * trước") are resolved against `fetchedAt` (precision "approximate", origin "relative"). Times without
 * a zone are Vietnam time (+07:00).
 */
export function parsePublicationDate(raw: string, ctx: { fetchedAt: Date }): PublicationDate | null {
  const line = raw.normalize("NFC").trim();
  if (!line || line.length > 200) return null;

  const rel = RELATIVE.exec(line);
  if (rel && !DMY.test(line)) {
    const unit = RELATIVE_UNITS[rel[2]!.toLowerCase()] ?? 0;
    const at = new Date(ctx.fetchedAt.getTime() - Number(rel[1]) * unit);
    return {
      value: toVietnamIso(at).replace(/:\d{2}\+/, ":00+"),
      precision: "approximate",
      raw,
      origin: "relative",
    };
  }
  if (/^hôm qua\b/iu.test(line)) {
    const at = new Date(ctx.fetchedAt.getTime() - 86_400_000);
    return { value: vietnamDateOf(at), precision: "approximate", raw, origin: "relative" };
  }

  const iso = ISO_LIKE.exec(line);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!isValidDate(Number(y), Number(mo), Number(d))) return null;
    const date = isoDate(Number(y), Number(mo), Number(d));
    if (h === undefined || mi === undefined) return { value: date, precision: "day", raw, origin: "page" };
    let offset = offsetOf(line);
    if (zone === "Z") offset = 0;
    else if (zone)
      offset = (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    const timed = withTime(date, `${h}:${mi}${s === undefined ? "" : `:${s}`}`, offset);
    return { ...timed, raw, origin: "page" };
  }

  const dmy = DMY.exec(line) ?? LONG_DMY.exec(line);
  if (dmy) {
    const [whole, d, mo, y] = dmy;
    if (!isValidDate(Number(y), Number(mo), Number(d))) return null;
    const date = isoDate(Number(y), Number(mo), Number(d));
    // The time may come before ("16:31 05/01/2023") or after ("05/01/2023 | 16:31:04") the date.
    const rest = line.replace(whole!, " ");
    const timed = withTime(date, rest, offsetOf(line));
    return { ...timed, raw, origin: "page" };
  }
  return null;
}

export type DateMention = {
  start: number;
  end: number;
  text: string;
  date: string;
  role: "event" | "reference";
  yearInferred: boolean;
};

// Words that make a following short date an event date ("Chiều 27/1", "Sáng ngày 5/1", "Trong 2 ngày").
const EVENT_CUE =
  /(?:^|[\s(,])(?:(?:sáng|chiều|tối|trưa|đêm|hôm)(?:\s+(?:nay|qua))?(?:\s+(?:thứ\s+\S+|chủ\s+nhật),?)?(?:\s+(?:ngày|mùng))?|(?:vào|từ|trong)\s+(?:(?:\d+\s+)?ngày|các\s+ngày)|trong\s+\d+\s+ngày|ngày|mùng|mồng)\s*(?:\(\s*)?$/iu;
// A legal document right before a date makes it the document's date, not the event's.
const LEGAL_CUE =
  /(?:luật|nghị quyết|chỉ thị|quyết định|nghị định|thông tư|kết luận|kế hoạch|công văn|hướng dẫn|quy định|thông báo|hiến pháp|ban hành|ký)[^.;\n]{0,70}$/iu;

const STRONG_EVENT_CUE =
  /(?:(?:^|[\s(,])(?:sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua))?(?:\s+(?:thứ\s+\S+|chủ\s+nhật),?)?(?:\s+(?:ngày|mùng))?|(?:^|[.!?]\s+|\n)(?:Ngày|Trong\s+(?:\d+|hai|ba)\s+ngày|Mùng|Từ ngày))\s*(?:\(\s*)?$/u;
const DEADLINE_CUE = /(?:trước|đến|tới|hạn|chậm nhất|kể từ|từ nay đến)(?:\s+hết)?\s+ngày\s*$/iu;
// "(20/11/1982 - 20/11/2025)": a dated span is an anniversary or a period, not the day of the event.
const SPAN_BEFORE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*[-–]\s*$/u;
const SPAN_AFTER = /^\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u;
// "Huy hiệu Đảng đợt 7/11/2025": a batch or occasion named by its date.
const OCCASION_CUE = /(?:đợt|dịp)\s*$/iu;
const LONG_FORM = String.raw`(?:ngày|mùng|mồng)\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`;
const RANGE_FORM = String.raw`(\d{1,2})\s*(?:[-–]|và|đến)\s*(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?`;
const SHORT_FORM = String.raw`(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}))?`;
const DATE_SCAN = new RegExp(
  String.raw`(?<![\d.,/-])(?:${LONG_FORM}|${RANGE_FORM}|${SHORT_FORM})(?![\d]|[.,/-]\d)`,
  "giu",
);
// "17/12 chỉ tiêu", "16/19 xã": a fraction, not a date.
const FRACTION_FOLLOWER =
  /^\s+(?:chỉ tiêu|tiêu chí|xã|phường|đơn vị|nội dung|cá nhân|tập thể|hộ|người|trường|thôn|tổ|chi bộ|nhiệm vụ|mục tiêu|công trình|dự án)/iu;

function farFrom(date: string, reference: string): boolean {
  const d = Date.parse(`${date}T00:00:00Z`) - Date.parse(`${reference.slice(0, 10)}T00:00:00Z`);
  return d < -90 * 86_400_000 || d > 45 * 86_400_000;
}

function inferYear(month: number, day: number, reference: string | undefined): number | null {
  if (!reference) return null;
  const ry = Number(reference.slice(0, 4));
  const refTime = Date.parse(`${reference.slice(0, 10)}T00:00:00Z`);
  const candidate = Date.UTC(ry, month - 1, day);
  // An article reports past or imminent events: a date far after the reference belongs to last year.
  return candidate - refTime > 45 * 86_400_000 ? ry - 1 : ry;
}

/**
 * Finds calendar dates in body text. The year, when not written, comes from `referenceDate` (the
 * publication date, else the fetch date). `role` is "event" when a time-of-day or "ngày" cue introduces
 * the date outside a legal reference, or when it sits in the first paragraph.
 */
export function findDateMentions(text: string, referenceDate?: string): DateMention[] {
  const out: DateMention[] = [];
  const firstParagraphEnd = (() => {
    const i = text.indexOf("\n\n");
    return i < 0 ? text.length : i;
  })();
  for (const m of text.matchAll(DATE_SCAN)) {
    const start = m.index;
    const whole = m[0];
    const before = text.slice(Math.max(0, start - 80), start);
    // The long form opens with its own cue ("ngày 15 tháng 6").
    const cue = m[1] !== undefined || EVENT_CUE.test(before);
    const legal = LEGAL_CUE.test(before);
    const inLead = start < firstParagraphEnd;
    // After the lead, only a time of day or a sentence-opening "Ngày" introduces the event; a deadline
    // ("trước ngày 30/11", "đến ngày …") never does.
    const strongCue =
      STRONG_EVENT_CUE.test(before) || (m[1] !== undefined && /(?:^|[.!?]\s+|\n)\s*$/u.test(before));
    const deadline = DEADLINE_CUE.test(before);
    const after = text.slice(start + whole.length, start + whole.length + 16);
    const named = OCCASION_CUE.test(before) || SPAN_BEFORE.test(before) || SPAN_AFTER.test(after);
    const role: DateMention["role"] =
      !legal && !deadline && !named && (inLead || strongCue) ? "event" : "reference";
    const push = (s: number, e: number, y: string | undefined, mo: string, d: string) => {
      const month = Number(mo);
      const day = Number(d);
      const year = y ? Number(y) : inferYear(month, day, referenceDate);
      if (year === null || !isValidDate(year, month, day)) return;
      const date = isoDate(year, month, day);
      out.push({
        start: s,
        end: e,
        text: text.slice(s, e),
        date,
        // A written year far from the article's date is history ("ngày 2/9/1945"), not the event.
        role: role === "event" && y && referenceDate && farFrom(date, referenceDate) ? "reference" : role,
        yearInferred: !y,
      });
    };
    if (m[1] !== undefined) {
      push(start, start + whole.length, m[3], m[2]!, m[1]);
    } else if (m[4] !== undefined) {
      // A range shares its month and year ("22-23/7", "11 và 12/8/2025"): both days quote the range.
      const end = start + whole.length;
      push(start, end, m[7], m[6]!, m[4]);
      push(start, end, m[7], m[6]!, m[5]!);
    } else {
      const [d, mo, y] = [m[8]!, m[9]!, m[10]];
      // Without a year, "27.1", "12-8" and even "3/4" are dates only after a cue: else a fraction.
      if (!y && !cue) continue;
      if (!y && FRACTION_FOLLOWER.test(text.slice(start + whole.length, start + whole.length + 20))) continue;
      push(start, start + whole.length, y, mo, d);
    }
  }
  if (referenceDate) out.push(...relativeDayMentions(text, referenceDate));
  return out.sort((a, b) => a.start - b.start);
}

const RELATIVE_DAY = /(?<![\p{L}\p{M}])(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(nay|qua)(?![\p{L}\p{M}])/giu;

/** "Chiều nay", "hôm qua": the publication day, or the day before. */
function relativeDayMentions(text: string, referenceDate: string): DateMention[] {
  const ref = Date.parse(`${referenceDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ref)) return [];
  const out: DateMention[] = [];
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const day = new Date(ref - (m[1]!.toLowerCase() === "qua" ? 86_400_000 : 0));
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      date: isoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()),
      role: "event",
      yearInferred: true,
    });
  }
  return out;
}
