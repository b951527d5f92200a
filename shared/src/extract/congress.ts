/**
 * A local party congress: body ("Đảng bộ phường Kỳ Sơn"), ordinal ("lần thứ I", "lần thứ Nhất"), term
 * ("nhiệm kỳ 2025-2030"), delegates and the members they represent ("220 đảng viên đại diện cho 1.789
 * đảng viên"), base organizations, executive and standing committee sizes and the secretary. National
 * congress mentions ("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng") are not local congresses.
 */
import type { CongressFact } from "../schema/fact.ts";
import { squashSpaces } from "../text/normalize.ts";
import { parseVietnameseNumber } from "../text/numbers.ts";
import type { Prepared, Span } from "./scan.ts";
import { capRun, isAbbreviation, isCapWord, wordAt } from "./scan.ts";
import { ORDINAL_WORDS } from "./vocab/numbers.ts";
import { SURNAMES } from "./vocab/surnames.ts";

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function parseOrdinal(raw: string): number | null {
  const s = raw.toLowerCase().trim();
  if (/^\d+$/.test(s)) return Number.parseInt(s, 10) || null;
  if (ORDINAL_WORDS[s]) return ORDINAL_WORDS[s]!;
  if (!/^[ivxlc]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

const NUM = String.raw`\d+(?:\.\d{3})*`;
const CONGRESS_RE =
  /đại hội(?: đại biểu| điểm)?(?: (?:đảng bộ|chi bộ)(?: [^\s,.;]+){1,6}?(?= lần thứ|,?\s*nhiệm kỳ))?(?: lần thứ ([ivxlc]+|\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\p{L}]))?(?:,?\s*nhiệm kỳ\s*(\d{4})\s*[-–]\s*(\d{4}))?/gu;
const NATIONAL_AFTER = /^\s*(?:[,(]?\s*)?(?:của đảng|toàn quốc)/u;
const BODY_RE = /(?<![\p{L}\p{M}])(đảng bộ|chi bộ)\s+/gu;
const DELEGATES_RE = new RegExp(
  String.raw`(${NUM})\s+(?:đại biểu|đảng viên)(?:\s+(?:chính thức|ưu tú))?(?:\s*\([^)]{0,60}\))?,?\s+(?:đại diện|thay mặt)(?:\s+cho)?\s+(?:(?:hơn|gần|trên|khoảng)\s+)?(${NUM})\s+đảng viên`,
  "u",
);
const DELEGATES_ONLY_RE = new RegExp(
  String.raw`(${NUM})\s+đại biểu(?:\s+chính thức|\s+ưu tú|\s+về dự|\s+dự|\s+tham dự|\s+được triệu tập)|(?:với|có|gồm|sự tham dự của)\s+(${NUM})\s+đại biểu(?!\s+(?:đi dự|dự khuyết))`,
  "u",
);
const MEMBERS_RE = new RegExp(
  String.raw`(?:với|có|gồm|tổng số)\s+(?:(?:hơn|gần|trên|khoảng)\s+)?(${NUM})\s+đảng viên`,
  "u",
);
const BASES_RE = new RegExp(
  String.raw`(${NUM})\s+(?:tổ chức cơ sở đảng|tổ chức cơ sở|chi,? đảng bộ cơ sở|chi bộ,? đảng bộ cơ sở|chi bộ và đảng bộ cơ sở|chi, đảng bộ|chi bộ)(?:\s+trực thuộc)?`,
  "u",
);
// The gap after "Ban Chấp hành" / "Ban Thường vụ" must not run into the other committee or the province's
// standing committee that appointed it ("Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành … gồm 33 đồng chí").
const NOT_PROVINCIAL = String.raw`(?!\s+(?:tỉnh|thành|huyện|quận|thị)\s*ủy)`;
const gap = (other: string) => String.raw`(?:(?!${other})[^.;]){0,80}?`;
const EXECUTIVE_RE = new RegExp(
  String.raw`(?:(\d+)\s+đồng chí\s+(?:tham gia|vào)\s+(?:ban chấp hành|bch)|(?:ban chấp hành|bch)${NOT_PROVINCIAL}${gap("(?:ban thường vụ|btv)")}(?:gồm|có|là)?\s*(\d+)\s+đồng chí|bầu\s+(\d+)\s+đồng chí\s+vào\s+(?:ban chấp hành|bch))`,
  "u",
);
const STANDING_RE = new RegExp(
  String.raw`(?:(\d+)\s+đồng chí\s+(?:vào|tham gia)\s+(?:ban thường vụ|btv)|(?:ban thường vụ|btv)${NOT_PROVINCIAL}${gap("(?:ban chấp hành|bch)")}(?:gồm|có|là)?\s*(\d+)\s+đồng chí|bầu\s+(\d+)\s+đồng chí\s+vào\s+(?:ban thường vụ|btv))`,
  "u",
);
const SECRETARY_AFTER_NAME =
  /^\s+(?:đã\s+)?(?:được\s+)?(?:tín nhiệm\s+)?(?:bầu|chỉ định|tái cử|tái đắc cử|trúng cử|tiếp tục được bầu|tín nhiệm bầu)\s+(?:giữ chức(?: vụ)?\s+|làm\s+|tiếp tục giữ chức\s+|chức\s+)?bí thư(?!\s*(?:chi bộ\s+)?[^\s]*\s*thường trực)/u;
const SECRETARY_BEFORE_NAME = /(?:bầu|chỉ định)\s+(?:đồng chí\s+)?$/u;
const SECRETARY_AFTER_ELECTED = /^\s+(?:giữ chức|làm)\s+bí thư/u;

function num(raw: string | undefined): number | null {
  if (!raw) return null;
  return parseVietnameseNumber(raw, { integerOnly: true });
}

/** "Đảng bộ Phường Kỳ Sơn" → "Đảng bộ phường Kỳ Sơn": the organisation words after "Đảng bộ". */
function readBody(p: Prepared, at: number, kindLength: number): string | null {
  let end = at + kindLength;
  let words = 0;
  for (;;) {
    if (p.text[end] !== " ") break;
    const w = wordAt(p.text, end + 1);
    if (!w) break;
    const lower = w.text.toLowerCase();
    const levelish =
      /^(?:tỉnh|thành|phố|huyện|quận|thị|xã|trấn|phường|đặc|khu|cơ|sở|khối|cơ quan|tổ|thôn|bản|số|\d+)$/u.test(
        lower,
      );
    if (!(levelish || isCapWord(w.text) || isAbbreviation(w.text))) break;
    // Stop before a person ("… Kỳ Sơn Nguyễn Văn A").
    if (SURNAMES.has(w.text) && capRun(p.text, w.start, 5).length >= 3 && words > 1) break;
    end = w.end;
    words++;
  }
  if (words === 0) return null;
  // Lower-case words at the end belong to the sentence, not the name ("… Kim Sơn tổ chức").
  let raw = squashSpaces(p.text.slice(at, end));
  for (;;) {
    const trimmed = raw.replace(/ [\p{Ll}\d][\p{L}\p{M}\d]*$/u, "");
    if (trimmed === raw || trimmed.split(" ").length <= 2) break;
    raw = trimmed;
  }
  // Level words are lower case inside a name ("Đảng bộ Phường Kỳ Sơn").
  return raw
    .replace(/^(đảng bộ|chi bộ)/iu, (k) => k.charAt(0).toUpperCase() + k.slice(1).toLowerCase())
    .replace(
      / (Tỉnh|Thành Phố|Thành phố|Huyện|Quận|Thị Xã|Thị xã|Thị Trấn|Thị trấn|Xã|Phường|Đặc Khu|Đặc khu)(?= \p{Lu})/gu,
      (w) => w.toLowerCase(),
    );
}

function findSecretary(p: Prepared): string | null {
  for (const m of p.text.matchAll(/(?<![\p{L}\p{M}])[\p{Lu}][\p{Ll}\p{M}]*/gu)) {
    if (!SURNAMES.has(m[0])) continue;
    const run = capRun(p.text, m.index, 4);
    if (run.length < 2) continue;
    const end = run[run.length - 1]!.end;
    const name = p.text.slice(m.index, end);
    const after = p.fold.slice(end, end + 80);
    if (SECRETARY_AFTER_NAME.test(after)) return name;
    if (
      SECRETARY_BEFORE_NAME.test(p.fold.slice(Math.max(0, m.index - 30), m.index)) &&
      SECRETARY_AFTER_ELECTED.test(after)
    )
      return name;
  }
  return null;
}

export function extractCongress(p: Prepared): { fact: CongressFact | null; consumed: Span[] } {
  const consumed: Span[] = [];
  let main: { start: number; end: number; ordinal: number | null; term: string | null } | null = null;
  for (const m of p.fold.matchAll(CONGRESS_RE)) {
    const end = m.index + m[0].length;
    if (NATIONAL_AFTER.test(p.fold.slice(end, end + 20))) continue;
    if (/^\s*[xivl]+\s+của đảng/u.test(p.fold.slice(end, end + 20))) continue;
    const ordinal = m[1] ? parseOrdinal(m[1]) : null;
    const term = m[2] && m[3] ? `${m[2]}-${m[3]}` : null;
    if (ordinal === null && term === null) continue;
    if (!main) main = { start: m.index, end, ordinal, term };
    else {
      main.ordinal ??= ordinal;
      main.term ??= term;
    }
  }
  if (!main) return { fact: null, consumed };

  // The body: "Đảng bộ …" inside the congress phrase, else the nearest before it in the sentence, else the first.
  let body: string | null = null;
  const bodies = [...p.fold.matchAll(BODY_RE)]
    .map((b) => ({ at: b.index, len: b[1]!.length }))
    .filter((b) => !/^(?:đảng bộ|chi bộ)\s+(?:trực thuộc|cơ sở|và)/u.test(p.fold.slice(b.at, b.at + 30)))
    // "Chi bộ bản Pa So thuộc Đảng bộ thị trấn …": the parent named after "thuộc" is not the congress's body.
    .filter((b) => !/thuộc\s+$/u.test(p.fold.slice(Math.max(0, b.at - 12), b.at)));
  const inside = bodies.find((b) => b.at >= main!.start && b.at < main!.end);
  const before = [...bodies].reverse().find((b) => b.at < main!.start && main!.start - b.at < 120);
  // A body with a name ("Đảng bộ xã Thụy Anh") beats one without ("Đảng bộ xã").
  const named = (s: string | null) => s !== null && /\s\p{Lu}/u.test(s.slice(8));
  for (const b of [inside, before, ...bodies]) {
    if (!b) continue;
    const read = readBody(p, b.at, b.len);
    if (read && (named(read) || !body)) body = read;
    if (named(body)) break;
  }

  const take = (re: RegExp): { values: (number | null)[] } | null => {
    const m = re.exec(p.fold);
    if (!m) return null;
    consumed.push({ start: m.index, end: m.index + m[0].length });
    return { values: m.slice(1).map((v) => num(v)) };
  };
  const delegatesPair = take(DELEGATES_RE);
  const delegates =
    delegatesPair?.values[0] ?? take(DELEGATES_ONLY_RE)?.values.find((v) => v !== null) ?? null;
  const bases = take(BASES_RE)?.values[0] ?? null;
  const members = delegatesPair?.values[1] ?? take(MEMBERS_RE)?.values[0] ?? null;
  // Every "N đảng viên" of the congress's own figures is consumed (not a separate metric).
  const membersRe = /với\s+(?:(?:hơn|gần|trên|khoảng)\s+)?\d+(?:\.\d{3})*\s+đảng viên/gu;
  for (const m of p.fold.matchAll(membersRe)) consumed.push({ start: m.index, end: m.index + m[0].length });
  const executive = take(EXECUTIVE_RE)?.values.find((v) => v !== null) ?? null;
  const standing = take(STANDING_RE)?.values.find((v) => v !== null) ?? null;

  return {
    fact: {
      type: "congress",
      start: main.start,
      end: main.end,
      text: p.text.slice(main.start, main.end),
      body: body ?? squashSpaces(p.text.slice(main.start, main.end)),
      ordinal: main.ordinal,
      term: main.term,
      delegates,
      partyMembers: members,
      baseOrganizations: bases,
      executiveCommittee: executive,
      standingCommittee: standing,
      secretary: findSecretary(p),
      confidence: body ? 0.8 : 0.6,
    },
    consumed,
  };
}
