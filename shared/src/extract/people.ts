/**
 * People and their positions: "Chủ tịch UBND phường Kỳ Sơn Nguyễn Hữu Cường", "đồng chí Nguyễn Quang
 * Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch thường trực UBND tỉnh", "Bùi Thị Minh - Phó Bí thư
 * Tỉnh ủy", "ông Trần Văn Chánh", "Đồng chí Hoàng Văn Minh được chỉ định làm Bí thư …".
 * A name opens with a surname from the list; it is kept only next to an honorific or a position.
 */
import { isKnownUnit } from "../gazetteer/resolve.ts";
import type { PersonFact } from "../schema/fact.ts";
import { squashSpaces } from "../text/normalize.ts";
import {
  alternation,
  capRun,
  isAbbreviation,
  isCapWord,
  lastIndexOfAny,
  type Prepared,
  runText,
  type Span,
  wordAt,
} from "./scan.ts";
import { HONORIFICS, ORG_LOWER_WORDS, POSITION_HEADS } from "./vocab/positions.ts";
import { isSurname, MIDDLE_NAMES, NOT_PEOPLE } from "./vocab/surnames.ts";

const HEAD_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(POSITION_HEADS)})(?![\\p{L}\\p{M}])`, "gu");
const HEAD_AT = new RegExp(`(?:${alternation(POSITION_HEADS)})(?![\\p{L}\\p{M}])`, "uy");
const HONORIFIC_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(HONORIFICS)})\\s*:?\\s*$`, "u");
const LIST_OF_COMRADES = /(?:các|những) (?:đồng chí|vị|ông|bà)(?: lãnh đạo)?\s*:/u;
const LEVEL_BEFORE =
  /(?<![\p{L}\p{M}])(?:thành phố|thị xã|thị trấn|đặc khu|tỉnh|phường|xã|huyện|quận|tp\.?)\s+$/u;
const PLACE_BEFORE =
  /(?<![\p{L}\p{M}])(?:đường|phố|trường|thôn|bản|làng|xóm|ấp|khu|cầu|chùa|đền|tượng|lăng|tư tưởng|phong cách|đạo đức|giải thưởng|huân chương|bảo tàng|quảng trường|công viên|di tích|nhà lưu niệm)\s+$/u;
const APPOINTED =
  /^\s*(?:đã\s+)?(?:được\s+)?(?:bầu|chỉ định|bổ nhiệm|tái cử|tái đắc cử|tín nhiệm bầu|tín nhiệm|giới thiệu|phân công|điều động)\s+(?:giữ chức(?: vụ)?\s+|làm\s+|vào chức(?: danh)?\s+|tiếp tục giữ chức\s+)?/u;

type Name = Span & { name: string };

/** Reads a person's name at `pos`: a surname then 1–3 capitalized words; a trailing lower-case typo is kept. */
function readName(text: string, pos: number): Name | null {
  const run = capRun(text, pos, 6);
  if (run.length < 2 || !isSurname(run[0]!.text, run[1]!.text)) return null;
  if (run.length > 4) return null;
  let end = run[run.length - 1]!.end;
  // "Nguyễn Hương giang," / "Nguyễn Thị hoa;": a lower-case given name right before punctuation.
  const nameEndsEarly = run.length === 2 || (run.length === 3 && /^(?:Văn|Thị)$/.test(run[2]!.text));
  if (nameEndsEarly && text[end] === " ") {
    const typo = wordAt(text, end + 1);
    if (
      typo &&
      /^[\p{Ll}\p{M}]+$/u.test(typo.text) &&
      /^(?:[,.;:)\]]|\s+[-–]|$|\n)/u.test(text.slice(typo.end, typo.end + 3)) &&
      (MIDDLE_NAMES.has(run[1]!.text) || run.length === 3)
    )
      end = typo.end;
  }
  return { start: pos, end, name: text.slice(pos, end) };
}

/** Words an organisation may hold after a position head: capitals, acronyms, numbers, listed lower-case words. */
function orgWordOk(w: string): boolean {
  return isCapWord(w) || isAbbreviation(w) || /^\d/.test(w) || ORG_LOWER_WORDS.has(w.toLowerCase());
}

/** A position phrase starting at `pos` (a head then its organisation); returns its end, or -1. */
function readPosition(
  p: Prepared,
  pos: number,
  stopAtNames: boolean,
  limit = Number.POSITIVE_INFINITY,
): number {
  HEAD_AT.lastIndex = pos;
  const head = HEAD_AT.exec(p.fold);
  if (!head) return -1;
  let end = pos + head[0].length;
  for (;;) {
    if (p.text[end] !== " ") break;
    const w = wordAt(p.text, end + 1);
    if (!w || w.start >= limit) break;
    // "Sở Giáo dục và Đào tạo": "và" joins two capitalized parts of one name (not a second person).
    if (w.text === "và" && p.text[w.end] === " ") {
      const next = wordAt(p.text, w.end + 1);
      if (next && next.start < limit && isCapWord(next.text) && !readName(p.text, next.start)) {
        end = next.end;
        continue;
      }
      break;
    }
    if (!orgWordOk(w.text)) break;
    // Another person's name ends the organisation ("… UBND tỉnh Nguyễn Văn A").
    if (stopAtNames && readName(p.text, w.start)) break;
    end = w.end;
  }
  return end;
}

/** "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch thường trực UBND tỉnh": heads joined by commas. */
function readPositionList(p: Prepared, pos: number): number {
  let end = readPosition(p, pos, true);
  if (end < 0) return -1;
  for (;;) {
    const sep = /^,\s*/.exec(p.text.slice(end, end + 3));
    if (!sep) break;
    const next = readPosition(p, end + sep[0].length, true);
    if (next < 0) break;
    end = next;
  }
  return end;
}

/** A position phrase that ends right where the name starts ("Phó Bí thư Tỉnh ủy Bùi Thị Minh"). */
function positionBefore(p: Prepared, nameStart: number): Span | null {
  const from = Math.max(0, nameStart - 120);
  const window = p.fold.slice(from, nameStart);
  const cut = lastIndexOfAny(window, [",", ";", ".", ":", "\n", "("]);
  let best: Span | null = null;
  HEAD_RE.lastIndex = 0;
  for (const m of window.slice(cut + 1).matchAll(HEAD_RE)) {
    const start = from + cut + 1 + m.index;
    const end = readPosition(p, start, false, nameStart);
    if (end === nameStart - 1 && !best) best = { start, end };
  }
  if (best && best.end <= best.start) return null;
  return best;
}

export function extractPeople(p: Prepared): PersonFact[] {
  const found: (PersonFact & { score: number })[] = [];
  for (const m of p.text.matchAll(/(?<![\p{L}\p{M}])[\p{Lu}][\p{Ll}\p{M}'’]*/gu)) {
    const name = readName(p.text, m.index);
    if (!name || NOT_PEOPLE.has(name.name)) continue;
    const before = p.fold.slice(Math.max(0, name.start - 60), name.start);
    if (PLACE_BEFORE.test(before)) continue;
    // After a level word the run may be a place ("tỉnh Hà Nam"), or a place then a name.
    if (LEVEL_BEFORE.test(before) && isKnownUnit(name.name)) continue;
    const run = capRun(p.text, name.start, 8);
    if (LEVEL_BEFORE.test(before) && run.length > 2) {
      // A known place, then a surname, then at least one more word: the name starts after the place.
      const split = run
        .slice(1, -1)
        .some((next, i) => isSurname(next.text) && isKnownUnit(runText(run.slice(0, i + 1))));
      if (split) continue;
    }

    let position: string | null = null;
    let score = 0;
    const after = p.text.slice(name.end, name.end + 4);
    const dash = /^\s*(?:,|-|–|—)\s*/u.exec(after);
    if (dash) {
      const end = readPositionList(p, name.end + dash[0].length);
      if (end > 0) {
        position = p.text.slice(name.end + dash[0].length, end);
        score = 2;
      }
    }
    if (!position) {
      const appointed = APPOINTED.exec(p.fold.slice(name.end, name.end + 80));
      if (appointed) {
        const at = name.end + appointed[0].length;
        const end = readPosition(p, at, true);
        if (end > 0) {
          position = p.text.slice(at, end);
          score = 2;
        }
      }
    }
    const pre = position ? null : positionBefore(p, name.start);
    if (pre) {
      position = p.text.slice(pre.start, pre.end);
      score = 2;
    }
    if (!score && HONORIFIC_BEFORE.test(before)) {
      score = 1;
      const hon = /(đảng viên)\s*$/u.exec(before);
      if (hon)
        position = p.text.slice(name.start - hon[0].length, name.start - hon[0].length + hon[1]!.length);
    }
    if (!score) {
      const sentenceHead = p.fold.slice(Math.max(0, name.start - 300), name.start);
      if (LIST_OF_COMRADES.test(sentenceHead) && /[:;]\s*$/u.test(before)) score = 1;
    }
    if (!score) continue;
    found.push({
      type: "person",
      start: name.start,
      end: name.end,
      text: name.name,
      name: name.name,
      position: position ? squashSpaces(position) : null,
      confidence: score === 2 ? 0.85 : 0.7,
      score,
    });
  }
  // A name inside a longer one ("Hà Lan" in "Nguyễn Thị Hà Lan") is not a second person.
  return found
    .filter(
      (f) =>
        !found.some(
          (g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start,
        ),
    )
    .map(({ score: _score, ...fact }) => fact);
}
