/**
 * Awards: form (controlled vocabulary), issuer, recipient kind and count per group, conferred or
 * proposed. "Giấy khen cho 16 tập thể và 5 hộ gia đình" is two groups; "đề nghị … tặng" makes the rest of
 * its sentence proposed (over a ";" list); the same award told in a caption and in the body is one fact.
 */
import { isKnownUnit } from "../gazetteer/resolve.ts";
import type { AwardFact } from "../schema/fact.ts";
import { matchKey, squashSpaces } from "../text/normalize.ts";
import { parseVietnameseNumber } from "../text/numbers.ts";
import {
  alternation,
  capRun,
  clauseEnd,
  clauseStart,
  isAbbreviation,
  isCapWord,
  longestPrefix,
  type Prepared,
  sentenceAt,
} from "./scan.ts";
import { AWARD_FORMS, ISSUER_PATTERN, RECIPIENT_KINDS, UNIT_RECIPIENTS } from "./vocab/awards.ts";
import { NUMBER_WORDS } from "./vocab/numbers.ts";
import { ORG_LOWER_WORDS } from "./vocab/positions.ts";
import { SURNAMES } from "./vocab/surnames.ts";

const FORM_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${AWARD_FORMS.map((f, i) => `(?<f${i}>${f.pattern})`).join("|")})(?![\\p{L}\\p{M}])`,
  "gu",
);
const KIND = alternation(RECIPIENT_KINDS);
const COUNT = [String.raw`\d+(?:\.\d{3})*`, ...Object.keys(NUMBER_WORDS)].join("|");
const QUANT = String.raw`các|nhiều|những|một số`;
const ADJ = String.raw`(?:\s+(?:xuất sắc|tiêu biểu|điển hình(?: tiên tiến)?|tiên tiến))?`;
const UNIT = alternation(UNIT_RECIPIENTS);
// A unit word is a recipient only with a count or a name after it (else it is part of an issuer: "UBND huyện").
const GROUP = String.raw`(?:(?:(?:(${COUNT})|${QUANT})\s+)?(${KIND})(?![\p{L}\p{M}])${ADJ}|(${COUNT})\s+(${UNIT})(?![\p{L}\p{M}])|(?<=cho )(${UNIT})(?= \p{L}))`;
const GROUP_RE = new RegExp(GROUP, "gu");
const GROUPS = String.raw`${GROUP}(?:(?:\s*,\s*(?:và\s+)?|\s+và\s+)${GROUP})*`;
const ISSUER = `(?:${ISSUER_PATTERN})`;

const AFTER_RE = new RegExp(
  String.raw`^[”"»]?(?:\s*\([^)]{0,40}\))?(?:\s+(?:hạng (?:nhất|nhì|ba)|xuất sắc|tiêu biểu|năm \d{4}|đợt [\d/.-]+(?:\s+năm \d{4})?|(?:của|do)\s+(?:${ISSUER}|[\p{L}\p{M}]+)(?:\s+[\p{L}\p{M}]+){0,8}?))*(?:\s+(?:cho|trao cho|tặng cho|tặng)\s+|\s+(?=\d))(?:(${GROUPS})|(?:ông|bà|đồng chí|anh|chị|em|cháu)\s+\p{L})`,
  "u",
);
const GENERIC_AFTER_RE = new RegExp(String.raw`^\s+(?:cho\s+)?(${GROUPS})`, "u");
const BEFORE_RE = new RegExp(
  String.raw`(${GROUPS})\s+(?:(?:đã|đều|vinh dự|sẽ|cũng)\s+)*(?:được\s+(?:${ISSUER}(?:\s+[\p{L}\p{M}]+){0,4}?\s+)?(?:(?:nhận|tặng thưởng|tặng|trao tặng|trao|khen thưởng|công nhận|truy tặng|xét tặng|đề nghị(?: tặng)?)\s+)?|(?:đón\s+)?nhận\s+|(đạt)\s+)(?:danh hiệu\s+)?[“"«]?$`,
  "u",
);
const LATER_GROUP_RE = new RegExp(
  String.raw`(?:,|\s+và)\s+(\d+(?:\.\d{3})*)\s+(${KIND})(?![\p{L}\p{M}])`,
  "gu",
);
const PERSON_BEFORE_RE =
  /(?<![\p{L}\p{M}])(?:ông|bà|đồng chí|anh|chị|cụ)\s+\p{L}[^.;]{0,120}?\s+(?:(?:đã|vinh dự|cũng)\s+)*được\s+(?:truy\s+)?(?:tặng|trao tặng|trao|nhận|tặng thưởng)\s+(?:danh hiệu\s+)?[“"«]?$/u;
const RECEIVING_NEAR = /(?:được|nhận|đạt)\s/u;
const COMMUNITY_RECIPIENT =
  /^(?:cán bộ,\s*)?đảng bộ,\s*chính quyền(?:,\s*|\s+và\s+)(?:các tầng lớp\s+)?nhân dân/u;
const ISSUER_AFTER_RE = new RegExp(
  String.raw`^(?:\s*\([^)]{0,40}\))?(?:\s+(?:hạng \S+|xuất sắc|tiêu biểu))*\s+(?:của|do)\s+(${ISSUER})`,
  "u",
);
const ISSUER_BEFORE_RE = new RegExp(
  String.raw`(${ISSUER})(?:\s+[\p{L}\p{M}]+){0,5}?\s+(?:(?:đã|vừa|sẽ|quyết định)\s+)*(?:trao tặng|tặng thưởng|khen tặng|tặng|trao|khen thưởng|truy tặng|xét tặng|công nhận|ban hành quyết định tặng|biểu dương|tuyên dương)(?:\s+danh hiệu)?(?:\s*,\s*|\s+và\s+)?\s*[“"«]?$`,
  "u",
);
const DELEGATED_RE = new RegExp(String.raw`thừa (?:ủy|uỷ) quyền(?: của)?\s+(${ISSUER})`, "u");
const PROPOSED_RE =
  /đề nghị|đề xuất|kiến nghị|xem xét|(?<![\p{L}])sẽ (?:được )?(?:trao|tặng|khen)|trình (?:cấp trên|[\p{L}\s]{0,30})?(?:khen|tặng)/u;
const CLAUSE_OPENS_ON_VERB =
  /^[\s,]*(?:(?:và|đồng thời|cũng|đã|còn)\s+)*(?:trao tặng|tặng thưởng|tặng|trao|công nhận|khen thưởng|biểu dương)(?![\p{L}\p{M}])/u;
const VERB_AT_END =
  /(?:^|\s)(?:(?:đã|vừa|sẽ|cũng)\s+)*(?:trao tặng|tặng thưởng|tặng|trao|khen thưởng|biểu dương|tuyên dương|công nhận)(?:\s+danh hiệu)?(?:\s*,\s*|\s+và\s+)?\s*[“"«]?$/u;
const CONFERRING_VERB =
  /(?:trao|tặng|thưởng|nhận|khen thưởng|truy tặng|xét tặng|đề nghị|công nhận)(?:\s+danh hiệu)?\s*[“"«]?$/u;

type Group = { kind: string; count: number | null; start: number; end: number };

function parseGroups(fold: string, offset: number): Group[] {
  const groups: Group[] = [];
  for (const g of fold.matchAll(GROUP_RE)) {
    const raw = g[1] ?? g[3];
    const count =
      raw === undefined
        ? null
        : /^\d/.test(raw)
          ? parseVietnameseNumber(raw, { integerOnly: true })
          : (NUMBER_WORDS[raw] ?? null);
    // "cho xã Hải Hậu": one named unit.
    const kind = g[2] ?? g[4] ?? g[5]!;
    groups.push({
      kind,
      count: g[5] ? 1 : count,
      start: offset + g.index,
      end: offset + g.index + g[0].length,
    });
  }
  // Groups without counts are one group of several kinds ("các tập thể, hộ gia đình"); so is a count
  // followed only by uncounted kinds ("150 tập thể, cá nhân").
  if (groups.length > 1 && groups.slice(1).every((g) => g.count === null))
    return [
      {
        kind: groups.map((g) => g.kind).join(", "),
        count: groups[0]!.count,
        start: groups[0]!.start,
        end: groups[groups.length - 1]!.end,
      },
    ];
  return groups;
}

/**
 * The organisation written right before the verb ("Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen …"),
 * when no listed issuer matched: capitalized words, acronyms and the lower-case words of organisation names.
 */
function subjectBefore(p: Prepared, clause: number, formStart: number): string | null {
  const from = Math.max(clause, formStart - 160);
  const prefix = p.fold.slice(from, formStart);
  const verb = VERB_AT_END.exec(prefix);
  if (!verb) return null;
  const end = from + verb.index;
  let start = end;
  let words = 0;
  for (const w of p.text.slice(from, end).split(" ").reverse()) {
    if (!w) continue;
    if (!(isCapWord(w) || isAbbreviation(w) || ORG_LOWER_WORDS.has(w.toLowerCase())) || words >= 8) break;
    start -= w.length + 1;
    words++;
  }
  // It must open on a capital ("Ban …", "Hội …", "UBND …"): "phường Kỳ Sơn" is a place, not an issuer.
  const subject = squashSpaces(p.text.slice(Math.max(start + 1, from), end));
  if (!/^\p{Lu}/u.test(subject) || isKnownUnit(subject)) return null;
  // "Lãnh đạo phường …", "Đại diện …", "Đồng chí …" present an award; they do not confer it.
  if (/^(?:Lãnh đạo|Đại diện|Đồng chí|Ông|Bà|Các|Những)(?![\p{L}\p{M}])/u.test(subject)) return null;
  // A person's name ("… Đinh Quang Tuyên trao …") presents the award too.
  const parts = subject.split(" ");
  if (SURNAMES.has(parts[0]!) && parts.length <= 4 && parts.every((w) => isCapWord(w))) return null;
  return subject.split(" ").length >= 2 ? subject : null;
}

/** An organisation's name starting at `pos`: a capital, then capitals, acronyms and organisation words. */
function orgPhraseAt(p: Prepared, pos: number): string | null {
  const words: string[] = [];
  let at = pos;
  for (;;) {
    const w = /^[\p{L}\p{M}]+/u.exec(p.text.slice(at, at + 30));
    if (!w) break;
    const word = w[0];
    const ok =
      words.length === 0
        ? isCapWord(word) || isAbbreviation(word)
        : isCapWord(word) || isAbbreviation(word) || ORG_LOWER_WORDS.has(word.toLowerCase());
    if (!ok || words.length >= 8) break;
    words.push(word);
    at += word.length;
    if (p.text[at] !== " ") break;
    at++;
  }
  while (
    words.length &&
    !/^\p{Lu}/u.test(words[words.length - 1]!) &&
    !ORG_LOWER_WORDS.has(words[words.length - 1]!)
  )
    words.pop();
  return words.length >= 2 ? words.join(" ") : null;
}

/** An issuer as written, extended by a unit name when one follows ("UBND phường Kỳ Sơn"). */
function issuerText(p: Prepared, start: number, end: number): string {
  let stop = end;
  if (p.text[end] === " ") {
    const run = capRun(p.text, end + 1, 5);
    const n = longestPrefix(run, isKnownUnit);
    if (n) stop = run[n - 1]!.end;
  }
  return squashSpaces(p.text.slice(start, stop));
}

function formName(p: Prepared, m: RegExpExecArray | RegExpMatchArray): string {
  const groups = m.groups ?? {};
  for (let i = 0; i < AWARD_FORMS.length; i++) {
    if (groups[`f${i}`] !== undefined) {
      const entry = AWARD_FORMS[i]!;
      if (entry.form) return entry.form;
      const raw = squashSpaces(p.text.slice(m.index!, m.index! + m[0].length));
      return raw.charAt(0).toUpperCase() + raw.slice(1);
    }
  }
  return "Khen thưởng";
}

function isGeneric(m: RegExpMatchArray): boolean {
  const groups = m.groups ?? {};
  return AWARD_FORMS.some((f, i) => f.generic && groups[`f${i}`] !== undefined);
}

function compatibleIssuer(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const ka = matchKey(a);
  const kb = matchKey(b);
  return ka.includes(kb) || kb.includes(ka);
}

export function extractAwards(p: Prepared): AwardFact[] {
  const raw: AwardFact[] = [];
  let lastSentence = -1;
  let sentenceIssuer: string | null = null;
  let previous: { end: number; groups: Group[]; clause: number } | null = null;
  const mentions = [...p.fold.matchAll(FORM_RE)];
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    const start = m.index;
    const end = start + m[0].length;
    const generic = isGeneric(m);
    // "biểu dương, khen thưởng 06 tập thể": the chain is one act, told by its last verb.
    const next = mentions[mi + 1];
    if (generic && next && isGeneric(next) && /^\s*(?:,|và)\s*$/u.test(p.fold.slice(end, next.index)))
      continue;

    const sentence = sentenceAt(p, start);
    if (sentence.start !== lastSentence) {
      lastSentence = sentence.start;
      sentenceIssuer = null;
      previous = null;
    }
    const clause = clauseStart(p, start);
    const prefix = p.fold.slice(Math.max(clause, start - 160), start);

    let groups: Group[] = [];
    const tail = p.fold.slice(end, Math.min(p.text.length, end + 200));
    const after = (generic ? GENERIC_AFTER_RE : AFTER_RE).exec(tail);
    // "cho Đảng bộ, chính quyền và Nhân dân xã Năm Căn": the unit itself, named, not a counted group.
    const community = after?.[1] && COMMUNITY_RECIPIENT.test(tail.slice(after[0].length - after[1].length));
    if (after?.[1] && !community) {
      const at = end + after[0].length - after[1].length;
      // A little context on both sides for the "cho xã Hải Hậu" look-arounds.
      const stop = at + after[1].length;
      groups = parseGroups(p.fold.slice(at - 4, stop + 2), at - 4).filter(
        (g) => g.start >= at && g.end <= stop,
      );
      // "cho 8 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ … và 25 đảng viên …": a counted group
      // after a description, joined by "và" or a comma, in the same clause.
      if (groups.length) {
        // …but not past the next award form ("Cờ thi đua cho 1 đơn vị, Bằng khen cho 6 tập thể và 11 cá nhân").
        const nextForm = mentions[mi + 1]?.index ?? p.text.length;
        const clauseStop = Math.min(clauseEnd(p, stop), stop + 160, nextForm);
        for (const more of p.fold.slice(stop, clauseStop).matchAll(LATER_GROUP_RE)) {
          const count = parseVietnameseNumber(more[1]!, { integerOnly: true });
          const s = stop + more.index + more[0].length - more[1]!.length - more[2]!.length - 1;
          groups.push({ kind: more[2]!, count, start: s, end: stop + more.index + more[0].length });
        }
      }
    } else if (after && !community) {
      // "Bằng khen cho ông Nguyễn Văn A": one person.
      groups = [{ kind: "cá nhân", count: 1, start: end, end: end + after[0].length - 1 }];
    }
    if (!groups.length) {
      // The end-anchored pattern is costly: try it only when a receiving verb is near.
      const before = RECEIVING_NEAR.test(prefix.slice(-90)) ? BEFORE_RE.exec(prefix.slice(-140)) : null;
      // "đạt danh hiệu" counts as an award only for counted recipients ("3 giáo viên đạt danh hiệu …").
      // A fraction ("3.650/3.900 hộ đạt danh hiệu …") is a statistic, not recipients.
      const at = start - Math.min(prefix.length, 140) + (before?.index ?? 0);
      if (before && p.fold[at - 1] !== "/") {
        const parsed = parseGroups(before[1]!, at);
        if (!before[before.length - 1] || parsed.some((g) => g.count !== null)) groups = parsed;
      }
      // "bà Bùi Thị Nhung, nguyên Chủ tịch … được truy tặng Huy hiệu …": one person.
      const one =
        !groups.length && RECEIVING_NEAR.test(prefix.slice(-40))
          ? PERSON_BEFORE_RE.exec(prefix.slice(-160))
          : null;
      if (one) {
        const at = start - Math.min(prefix.length, 160) + one.index;
        groups = [{ kind: "cá nhân", count: 1, start: at, end: start }];
      }
    }
    if (
      !groups.length &&
      previous &&
      previous.clause === clause &&
      /(?:,|và)\s*$/u.test(p.fold.slice(previous.end, start).slice(-6)) &&
      /^(?:\s+(?:của|do)\s+[^,;.]{2,60})?\s*(?:,|và)\s*$/u.test(p.fold.slice(previous.end, start))
    ) {
      groups = previous.groups;
    }
    // A generic verb ("khen thưởng người lao động") is an award only with counted recipients.
    if (generic && !groups.some((g) => g.count !== null)) continue;
    if (!groups.length && !CONFERRING_VERB.test(prefix.slice(-40))) continue;

    // Issuer: delegated authority, then "của / do …" after the form, then the subject of the verb before it.
    let issuer: string | null = null;
    // Bounded: a run-on "sentence" (no full stops) must not make the scan quadratic.
    const sentenceFrom = Math.max(sentence.start, start - 400);
    const sentencePrefix = p.fold.slice(sentenceFrom, start);
    const delegated = sentencePrefix.includes("quyền") ? DELEGATED_RE.exec(sentencePrefix) : null;
    if (delegated) {
      const at = sentenceFrom + delegated.index + delegated[0].length - delegated[1]!.length;
      issuer = issuerText(p, at, at + delegated[1]!.length);
    }
    if (!issuer) {
      const ia = ISSUER_AFTER_RE.exec(p.fold.slice(end, end + 120));
      if (ia) {
        const at = end + ia[0].length - ia[1]!.length;
        issuer = issuerText(p, at, at + ia[1]!.length);
      }
    }
    if (!issuer) {
      // The issuer pattern is costly: run it on a short tail, and only when a verb ends the prefix.
      const tail = prefix.slice(-110);
      const ib = VERB_AT_END.test(tail) ? ISSUER_BEFORE_RE.exec(tail) : null;
      if (ib) {
        const at = start - tail.length + ib.index;
        issuer = issuerText(p, at, at + ib[1]!.length);
      }
    }
    if (!issuer) {
      // "Bằng khen của Trung ương Hội Nông dân Việt Nam": an organisation the list does not know.
      const of = /^(?:\s+(?:hạng \S+|xuất sắc|tiêu biểu))*\s+(?:của|do)\s+(?=\p{L})/u.exec(
        p.fold.slice(end, end + 40),
      );
      if (of) issuer = orgPhraseAt(p, end + of[0].length);
    }
    if (!issuer) issuer = subjectBefore(p, clause, start);
    // The sentence's issuer carries over only to a clause that opens on the verb ("…; tặng Giấy khen cho …").
    if (issuer) sentenceIssuer = issuer;
    else if (CLAUSE_OPENS_ON_VERB.test(p.fold.slice(clause, start))) issuer = sentenceIssuer;

    const status = PROPOSED_RE.test(sentencePrefix) ? "proposed" : "conferred";
    const form = formName(p, m);
    const list: Group[] = groups.length ? groups : [{ kind: "", count: null, start, end }];
    for (const g of list) {
      const s = Math.min(start, g.start);
      const e = Math.max(end, g.end);
      raw.push({
        type: "award",
        start: s,
        end: e,
        text: p.text.slice(s, e),
        form,
        issuer,
        recipientKind: g.kind || null,
        count: g.count,
        status,
        confidence: g.count !== null ? 0.85 : 0.7,
      });
    }
    if (groups.length) previous = { end, groups, clause };
  }
  return mergeRetold(raw);
}

/**
 * The same award told twice is one fact: identical (form, status, kind, count) with compatible issuers
 * merge; an uncounted mention is dropped when a counted one of the same form tells the same award.
 */
export function mergeRetold(awards: readonly AwardFact[]): AwardFact[] {
  const kept: AwardFact[] = [];
  for (const a of awards) {
    const same = kept.find(
      (k) =>
        k.form === a.form &&
        k.status === a.status &&
        k.recipientKind === a.recipientKind &&
        k.count === a.count &&
        compatibleIssuer(k.issuer, a.issuer),
    );
    if (same) {
      if (!same.issuer || (a.issuer && a.issuer.length > same.issuer.length)) same.issuer = a.issuer;
      continue;
    }
    kept.push({ ...a });
  }
  // An uncounted mention (a caption, a summary) is dropped when a counted one of the same form and status
  // tells the same award: with a compatible issuer, or to the same kind of recipient (a caption names who
  // presents, "Chủ tịch UBND xã trao Giấy khen cho các gia đình", not who confers).
  return kept.filter(
    (a) =>
      a.count !== null ||
      !kept.some(
        (k) =>
          k !== a &&
          k.count !== null &&
          k.form === a.form &&
          k.status === a.status &&
          (compatibleIssuer(k.issuer, a.issuer) ||
            (a.recipientKind !== null && k.recipientKind === a.recipientKind)),
      ),
  );
}
