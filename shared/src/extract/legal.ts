/**
 * References to legal and party documents: "Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị",
 * "Luật Thi đua, khen thưởng ngày 15/6/2022", "Chỉ thị số 05 của Bộ chính trị". A mention needs a number,
 * a date, or (laws) a title: "Nghị quyết Đại hội" alone is not a reference.
 */
import type { LegalRefFact } from "../schema/fact.ts";
import { isoDate } from "../text/dates.ts";
import { matchKey, squashSpaces } from "../text/normalize.ts";
import type { Prepared } from "./scan.ts";

const KINDS = [
  "Luật",
  "Nghị quyết",
  "Chỉ thị",
  "Quyết định",
  "Nghị định",
  "Thông tư",
  "Kết luận",
  "Kế hoạch",
  "Công văn",
  "Hướng dẫn",
  "Quy định",
  "Thông báo",
  "Pháp lệnh",
  "Hiến pháp",
  "Quy chế",
];
const KIND_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${KINDS.join("|")})(?:\\s+liên tịch)?(?![\\p{L}\\p{M}])`,
  "gu",
);
const NUMBER_RE = /^\s+(?:số\s+)?(\d+[\p{L}\d]*(?:[/-][\p{L}\d]+)*)(?![\p{L}\d])/u;
const NUMBER_NEEDS_SO = /^\s+số\s+/u;
const DATE_RE =
  /^,?\s+(?:ban hành\s+)?ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|^,?\s+(?:ban hành\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const TITLE_STOP =
  /\s+(?:ngày|năm \d|số|của|được|đã|và|về|trong|nhằm|có|là|cho|với|để|tại|theo|đến|thì)(?![\p{L}])|[.;:()\n"“”]|,\s+(?=\p{Lu})/u;
const ISSUERS = [
  "Bộ Chính trị",
  "Ban Bí thư",
  "Ban Chấp hành Trung ương",
  "Chính phủ",
  "Thủ tướng Chính phủ",
  "Quốc hội",
  "Ủy ban Thường vụ Quốc hội",
  "Chủ tịch nước",
  "Tỉnh ủy",
  "Thành ủy",
  "Huyện ủy",
  "Đảng ủy",
  "UBND tỉnh",
  "HĐND tỉnh",
  "Ban Thường vụ Tỉnh ủy",
];
const ISSUER_BY_KEY = new Map(ISSUERS.map((i) => [matchKey(i), i]));
const ISSUER_RE =
  /^,?\s+(?:của|do)\s+((?:[\p{Lu}][\p{L}\p{M}]*|ủy|uỷ|chính|trị|bí|thư|phủ|hội|nước|tỉnh|huyện|thường|vụ|trung|ương)(?:\s+(?:[\p{Lu}][\p{L}\p{M}]*|ủy|uỷ|chính|trị|bí|thư|phủ|hội|nước|tỉnh|huyện|xã|phường|thường|vụ|trung|ương|chấp|hành)){0,5})/u;

export function extractLegalRefs(p: Prepared): LegalRefFact[] {
  const facts: LegalRefFact[] = [];
  for (const m of p.text.matchAll(KIND_RE)) {
    const kind = m[1]!;
    let end = m.index + m[0].length;
    let number: string | null = null;
    let title: string | null = null;
    let date: string | null = null;
    let issuer: string | null = null;

    const rest = p.text.slice(end, end + 200);
    const n = NUMBER_RE.exec(rest);
    // A bare number must look like a document number ("57-NQ/TW"); else it needs "số".
    if (n && (NUMBER_NEEDS_SO.test(rest) || /[/-]/.test(n[1]!))) {
      number = n[1]!;
      end += n[0].length;
    } else if (/^(?:Luật|Pháp lệnh|Hiến pháp|Quy chế)$/u.test(kind) && /^\s+\p{Lu}/u.test(rest)) {
      const stop = TITLE_STOP.exec(rest.slice(1));
      const len = Math.min(stop ? stop.index + 1 : rest.length, 80);
      title = squashSpaces(`${kind}${rest.slice(0, len)}`);
      end += len;
    }
    const d = DATE_RE.exec(p.text.slice(end, end + 40));
    if (d) {
      const [day, month, year] = d[1] ? [d[1], d[2], d[3]] : [d[4], d[5], d[6]];
      date = isoDate(Number(year), Number(month), Number(day));
      end += d[0].length;
    }
    const iss = ISSUER_RE.exec(p.text.slice(end, end + 80));
    if (iss && (number || date || title)) {
      const raw = squashSpaces(iss[1]!);
      // Keep the longest known issuer at the start ("Bộ chính trị về …" → "Bộ Chính trị").
      let known: string | null = null;
      for (const [key, canonical] of ISSUER_BY_KEY) {
        if (matchKey(raw).startsWith(key) && (!known || canonical.length > known.length)) known = canonical;
      }
      issuer = known ?? raw;
      end +=
        iss[0].length - iss[1]!.length + (known ? Math.min(known.length, iss[1]!.length) : iss[1]!.length);
    }
    if (!number && !date && !title) continue;
    const start = m.index;
    facts.push({
      type: "legal_ref",
      start,
      end,
      text: p.text.slice(start, end),
      kind,
      number,
      title,
      date,
      issuer,
      confidence: number ? 0.9 : 0.7,
    });
  }
  return facts;
}
