/**
 * Administrative units named with their level ("phường Kỳ Sơn", "UBND tỉnh Ninh Bình", "gồm 10 phường:
 * Hoa Lư, Phủ Lý…"), resolved against the two-layer gazetteer. In a merger sentence ("được thành lập trên
 * cơ sở hợp nhất … phường Kỳ Sơn, xã Độc Lập và xã Mông Hóa") the former units point to the new one.
 */
import { resolveUnit, successorOf, unitsNamed } from "../gazetteer/resolve.ts";
import type { AdminLevel } from "../schema/common.ts";
import type { LocalityFact } from "../schema/fact.ts";
import { capRun, longestPrefix, type Prepared, sentenceAt, type Word } from "./scan.ts";
import { isSurname } from "./vocab/surnames.ts";

const LEVEL_OF: Record<string, AdminLevel> = {
  "thành phố": "thành phố",
  "tp.": "thành phố",
  tp: "thành phố",
  "thị xã": "thị xã",
  "thị trấn": "thị trấn",
  "đặc khu": "đặc khu",
  tỉnh: "tỉnh",
  phường: "phường",
  xã: "xã",
  huyện: "huyện",
  quận: "quận",
};

// A name follows its level word on the same line: "UBND xã\n\nTin mới hơn" names no commune.
const LEVEL_RE =
  /(?<![\p{L}\p{M}])(thành phố|thị xã|thị trấn|đặc khu|tỉnh|phường|xã|huyện|quận|tp\.?)(?:[^\S\n]*:[^\S\n]*|[^\S\n]+)/gu;
const ORG_FIRST_WORDS = new Set([
  "Đảng",
  "Ủy",
  "Uỷ",
  "Hội",
  "Ban",
  "Chi",
  "Mặt",
  "Nhân",
  "Đoàn",
  "Sở",
  "Cụm",
  "Khối",
  "Trường",
  "Bệnh",
  "Trung",
  "Công",
  "Đại",
  "Hợp",
  "Thường",
  "Tổ",
  "Phòng",
  "Văn",
  "Quỹ",
  "Câu",
  "Chủ",
  "Phó",
  "Bí",
  "Lãnh",
  "Tại",
  "Trong",
]);
const LIST_CUE = /(?:các|những|\d+)\s+$/u;
const MERGER = /(?:hợp nhất|sáp nhập|sắp xếp|nhập)(?![\p{L}\p{M}])/u;
/** Administrative tiers: a merger joins units of the same tier (a commune from communes and towns). */
const TIER: Record<AdminLevel, number> = {
  tỉnh: 1,
  "thành phố": 1,
  huyện: 2,
  quận: 2,
  "thị xã": 2,
  "thị trấn": 3,
  phường: 3,
  xã: 3,
  "đặc khu": 3,
};
const MERGER_SUBJECT = /(?:được thành lập|thành lập trên cơ sở|trên cơ sở)/u;

type Mention = {
  start: number;
  end: number;
  name: string;
  level: AdminLevel;
  known: boolean;
};

/** The longest prefix of a capitalized run that is a unit at this level; else the run if it is short and not a person. */
function nameFromRun(run: Word[], level: AdminLevel): { words: Word[]; known: boolean } | null {
  const atLevel = (name: string) =>
    unitsNamed(name).some((u) => u.level === level || (level === "thành phố" && u.level === "tỉnh"));
  const n = longestPrefix(run, atLevel, 5);
  if (n) return { words: run.slice(0, n), known: true };
  const personLike = run.length >= 3 && isSurname(run[0]!.text, run[1]!.text);
  // An unknown name that opens like an organisation ("xã Đại hội", "phường Ủy ban") is not a unit.
  if (ORG_FIRST_WORDS.has(run[0]!.text)) return null;
  if (run.length <= 3 && !personLike) return { words: run, known: false };
  return null;
}

/** Names joined by "," and "và" after a plural level ("các xã A, B và C", "10 phường: A, B"). */
function readList(p: Prepared, pos: number, level: AdminLevel, out: Mention[]): void {
  let at = pos;
  for (let guard = 0; guard < 40; guard++) {
    const run = capRun(p.text, at, 5);
    if (run.length === 0) return;
    const got = nameFromRun(run, level);
    if (!got) return;
    const first = got.words[0]!;
    const last = got.words[got.words.length - 1]!;
    out.push({
      start: first.start,
      end: last.end,
      name: p.text.slice(first.start, last.end),
      level,
      known: got.known,
    });
    const sep = /^(?:,\s*và\s+|,\s*|\s+và\s+)/u.exec(p.text.slice(last.end, last.end + 8));
    if (!sep) return;
    at = last.end + sep[0].length;
  }
}

export function extractLocalities(p: Prepared, ctx: { date?: string | null } = {}): LocalityFact[] {
  const mentions: Mention[] = [];
  for (const m of p.fold.matchAll(LEVEL_RE)) {
    const levelWord = m[1]!;
    const level = LEVEL_OF[levelWord] ?? LEVEL_OF[levelWord.replace(/\.$/, "")]!;
    const nameAt = m.index + m[0].length;
    const plural = LIST_CUE.test(p.fold.slice(Math.max(0, m.index - 12), m.index)) || m[0].includes(":");
    if (plural) {
      readList(p, nameAt, level, mentions);
      continue;
    }
    const run = capRun(p.text, nameAt, 5);
    const got = run.length ? nameFromRun(run, level) : null;
    if (!got) continue;
    let last = got.words[got.words.length - 1]!;
    // "tỉnh Bà Rịa - Vũng Tàu": a hyphenated name, when the gazetteer knows it whole.
    if (p.text.startsWith(" - ", last.end)) {
      const tail = capRun(p.text, last.end + 3, 4);
      const whole = tail.length ? p.text.slice(nameAt, tail[tail.length - 1]!.end) : "";
      if (whole && unitsNamed(whole).some((u) => u.level === level)) last = tail[tail.length - 1]!;
    }
    mentions.push({
      start: m.index,
      end: last.end,
      name: p.text.slice(nameAt, last.end),
      level,
      known: got.known,
    });
  }

  // A province named in the article narrows homonyms of lower units.
  const provinceHint =
    mentions.find((x) => x.level === "tỉnh" && x.known)?.name ??
    mentions.find((x) => x.level === "thành phố" && x.known && resolveUnit(x.name, "tỉnh"))?.name ??
    null;

  const facts: LocalityFact[] = [];
  for (const m of mentions) {
    const resolved = resolveUnit(m.name, m.level, { date: ctx.date, province: provinceHint });
    facts.push({
      type: "locality",
      start: m.start,
      end: m.end,
      text: p.text.slice(m.start, m.end),
      name: m.name,
      level: m.level,
      code: resolved && !resolved.ambiguous ? resolved.unit.code : null,
      gazetteerVersion: resolved && !resolved.ambiguous ? resolved.unit.version : null,
      province: resolved ? resolved.unit.province : null,
      mergedInto: null,
      confidence: m.known ? 0.9 : 0.6,
    });
  }
  markMergers(p, facts, ctx);
  return facts;
}

/** In "X được thành lập trên cơ sở hợp nhất … A, B và C", A, B and C are former units merged into X. */
function markMergers(p: Prepared, facts: LocalityFact[], ctx: { date?: string | null }): void {
  const seen = new Set<number>();
  for (const f of facts) {
    const s = sentenceAt(p, f.start);
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    const sentence = p.fold.slice(s.start, s.end);
    const merger = MERGER.exec(sentence);
    if (!merger || !MERGER_SUBJECT.test(sentence)) continue;
    const pivot = s.start + merger.index;
    const inSentence = facts.filter((x) => x.start >= s.start && x.end <= s.end);
    const subject = inSentence.find((x) => x.end <= pivot);
    if (!subject) continue;
    const newUnit = resolveUnit(subject.name, subject.level, { date: ctx.date ?? "2025-07-01" });
    // The list ends where the text says where the units were ("… của thành phố Kon Tum cũ, nay thuộc tỉnh …").
    const listStart = inSentence.find((x) => x.start > pivot)?.end ?? pivot;
    const stopAt = /(?<![\p{L}\p{M}])(?:của|thuộc|nay|sau khi)(?![\p{L}\p{M}])/u.exec(
      p.fold.slice(listStart, s.end),
    );
    const listEnd = stopAt ? listStart + stopAt.index : s.end;
    const formers = inSentence.filter(
      (x) =>
        x.start > pivot &&
        x.end <= listEnd &&
        TIER[x.level] >= TIER[subject.level] - (subject.level === "tỉnh" ? 0 : 1),
    );
    for (const former of formers) {
      former.mergedInto = `${subject.level} ${subject.name}`;
      // The former unit is a pre-2025 one: pick the homonym whose successor is the new unit.
      const candidates = unitsNamed(former.name).filter(
        (u) => u.version === "pre-2025" && u.level === former.level,
      );
      const linked = newUnit
        ? candidates.find((u) => successorOf(u)?.code === newUnit.unit.code)
        : candidates.length === 1
          ? candidates[0]
          : undefined;
      if (linked) {
        former.code = linked.code;
        former.gazetteerVersion = "pre-2025";
        former.province = linked.province;
      }
    }
  }
}
