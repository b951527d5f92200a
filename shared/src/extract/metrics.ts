/**
 * Figures: value, unit, unit class (money in VND, percent, area, count), label, qualifier ("trên",
 * "gần", "ước đạt"), fraction of targets ("17/17 chỉ tiêu") and achieved vs target ("phấn đấu đến năm
 * 2030 …", "Đại hội đề ra …" scope over their sentence). Counts need a unit noun from the list: a bare
 * number is not a metric.
 */
import type { MetricFact, MetricUnitClass } from "../schema/fact.ts";
import { squashSpaces } from "../text/normalize.ts";
import { parseVietnameseNumber, roundValue, scaleOf } from "../text/numbers.ts";
import {
  alternation,
  lastIndexOfAny,
  overlaps,
  type Prepared,
  prepare,
  type Span,
  sentenceAt,
} from "./scan.ts";

type UnitDef = {
  pattern: string;
  unit: string | null;
  unitClass: MetricUnitClass;
  needsAchievement?: boolean;
};

const COUNT_NOUNS = [
  "chỉ tiêu",
  "lao động",
  "người",
  "quần chúng",
  "hợp tác xã",
  "htx",
  "doanh nghiệp",
  "hộ kinh doanh",
  "hộ nghèo",
  "hộ cận nghèo",
  "hộ dân",
  "hộ",
  "học sinh",
  "sinh viên",
  "hội viên",
  "đoàn viên",
  "thành viên",
  "đảng viên",
  "công trình",
  "dự án",
  "mô hình",
  "sáng kiến",
  "đề tài",
  "sản phẩm",
  "suất quà",
  "phần quà",
  "suất",
  "căn nhà",
  "ngôi nhà",
  "nhà",
  "lượt người",
  "lượt",
  "trường hợp",
  "trường",
  "vụ việc",
  "vụ",
  "cơ sở",
  "tuyến đường",
  "con",
  "cây",
  "bệnh nhân",
  "ca",
  "thủ tục",
  "hồ sơ",
  "tổ hợp tác",
  "trang trại",
  "làng nghề",
  "tiêu chí",
  "km đường",
  "thuyền",
  "xe",
  "phương tiện",
  "chiếc",
  "du khách",
  "khách",
  "tàu",
  "căn hộ",
  "công nhân",
  "học viên",
  "giường bệnh",
  "cơ sở sản xuất",
  "ngôi trường",
  "phòng học",
  "vận động viên",
  "đoàn",
  "môn",
  "mô tô",
  "xe máy",
  "công dân",
  "nhân khẩu",
  "tổ chức cơ sở đảng",
  "tổ chức đảng",
];

const UNITS: readonly UnitDef[] = [
  {
    pattern:
      "đồng(?![ \\t]+(?:chí|bào|thời|ý|bộ|tâm|hành|chủ|minh|thuận|tình|khởi|phục|cảm|đội|nghiệp|loạt|hương|lòng|ruộng|cỏ|hồ))|vnđ|vnd",
    unit: "VND",
    unitClass: "money",
  },
  { pattern: "usd|đô la(?: mỹ)?", unit: "USD", unitClass: "money" },
  { pattern: "%|phần trăm", unit: "%", unitClass: "percent" },
  { pattern: "km2|km²|ki-lô-mét vuông", unit: "km2", unitClass: "area" },
  { pattern: "ha|héc-ta|hécta|hecta|héc ta", unit: "ha", unitClass: "area" },
  { pattern: "m2|m²|mét vuông", unit: "m2", unitClass: "area" },
  { pattern: "km|ki-lô-mét", unit: "km", unitClass: "other" },
  { pattern: "tấn", unit: "tấn", unitClass: "other" },
  { pattern: alternation(COUNT_NOUNS), unit: null, unitClass: "count" },
  {
    pattern: "xã|phường|thôn|tổ dân phố|khu dân cư|bản|ấp",
    unit: null,
    unitClass: "count",
    needsAchievement: true,
  },
];

const QUALIFIER = "ước đạt|ước tính|ước|xấp xỉ|trên|hơn|gần|khoảng|tối thiểu|ít nhất";
const SCALE = "nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ";
// Numbers first (a cheap scan), then what follows them (sticky) and the qualifier just before them.
const NUMBER_RE = /(?<![\p{L}\p{M}\d.,/])\d+(?:[.,]\d+)*/gu;
const AFTER_NUMBER_RE = new RegExp(
  String.raw`(?:\s*/\s*(\d+(?:\.\d{3})*))?(?:\s+(${SCALE})(?:\s+(\d+(?:[.,]\d+)?)\s+(${SCALE}))?)?\s*(?:${UNITS.map((u, i) => `(?<u${i}>${u.pattern})`).join("|")})(?![\p{L}\p{M}\d²])`,
  "uy",
);
const QUALIFIER_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{M}])(${QUALIFIER})\s+$`, "u");
const NOT_A_QUANTITY_BEFORE =
  /(?:(?<!(?:dân|tổng) )số|lần thứ|khóa|năm|giai đoạn|tổ|nhóm|quyết định|nghị quyết|chỉ thị|kết luận|thông tư|nghị định|ngày|tháng)\s*$/u;
const ACHIEVEMENT_AFTER = /^[^.;]{0,40}?(?:đạt chuẩn|được[^.;]{0,30}công nhận|hoàn thành|về đích|đạt)/u;
const TARGET_CUE = /phấn đấu|mục tiêu|đề ra|dự kiến|(?:đến|tới) năm 20\d\d/gu;
// An achievement told after a target cue ("Nghị quyết đề ra 15 chỉ tiêu, đến nay đã hoàn thành 14/15") is achieved.
const ACHIEVED_CUE = /(?<![\p{L}\p{M}])(?:đã|đến nay|kết quả|qua đó|vừa qua)(?![\p{L}\p{M}])/gu;
const LABEL_LEAD =
  /^(?:\s|(?:và|đồng thời|trong đó|qua đó|theo đó|có|với|cùng|riêng|đặc biệt|nhất là)(?![\p{L}\p{M}]))+/u;
const LABEL_TAIL =
  /(?:\s|(?<![\p{L}\p{M}])(?:đạt|là|chiếm|còn|giảm còn|có|với|được|đã|ước|với tổng số|tổng số|gồm|cho))+$/u;

function unitOf(m: RegExpMatchArray): { def: UnitDef; text: string } | null {
  const groups = m.groups ?? {};
  for (let i = 0; i < UNITS.length; i++) {
    const text = groups[`u${i}`];
    if (text !== undefined) return { def: UNITS[i]!, text };
  }
  return null;
}

function labelBefore(p: Prepared, sentence: Span, at: number): string {
  const windowFrom = Math.max(sentence.start, at - 300);
  const window = p.fold.slice(windowFrom, at);
  let cut = lastIndexOfAny(window, [",", ";", ":", "(", "\n"]);
  const inWhich = window.lastIndexOf("trong đó");
  if (inWhich > cut) cut = inWhich + "trong đó".length - 1;
  const from = windowFrom + cut + 1;
  const label = p.fold.slice(from, at).replace(LABEL_TAIL, "");
  const lead = LABEL_LEAD.exec(label)?.[0].length ?? 0;
  return squashSpaces(p.text.slice(from + lead, from + label.length));
}

function lastIndexOf(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

function kindOf(sentencePrefix: string): "target" | "achieved" {
  const target = lastIndexOf(TARGET_CUE, sentencePrefix);
  return target >= 0 && target > lastIndexOf(ACHIEVED_CUE, sentencePrefix) ? "target" : "achieved";
}

export function extractMetrics(p: Prepared, consumed: readonly Span[] = []): MetricFact[] {
  const facts: MetricFact[] = [];
  let lastEnd = 0;
  for (const n of p.fold.matchAll(NUMBER_RE)) {
    // A number inside the previous figure ("120 tỷ 500 triệu đồng") is part of it.
    if (n.index < lastEnd) continue;
    const numberSpan = { start: n.index, end: n.index + n[0].length };
    AFTER_NUMBER_RE.lastIndex = numberSpan.end;
    const m = AFTER_NUMBER_RE.exec(p.fold);
    if (!m) continue;
    if (consumed.some((c) => overlaps(c, numberSpan))) continue;
    const q = QUALIFIER_BEFORE_RE.exec(p.fold.slice(Math.max(0, n.index - 14), n.index));
    const qualifier = q ? q[1]! : null;
    const start = q ? n.index - q[0].length : n.index;
    const end = m.index + m[0].length;
    if (!qualifier && NOT_A_QUANTITY_BEFORE.test(p.fold.slice(Math.max(0, start - 14), start))) continue;
    const unit = unitOf(m);
    if (!unit) continue;
    if (unit.def.needsAchievement && !ACHIEVEMENT_AFTER.test(p.fold.slice(end, end + 60))) continue;
    const integerOnly = unit.def.unitClass === "count";
    const base = parseVietnameseNumber(n[0], { integerOnly });
    if (base === null) continue;
    const scale = unit.def.unitClass === "percent" ? 1 : scaleOf(m[2] ?? "");
    // "120 tỷ 500 triệu đồng": a second amount in a smaller scale adds up.
    const extra = m[3] && m[4] ? (parseVietnameseNumber(m[3]) ?? 0) * scaleOf(m[4]) : 0;
    const sentence = sentenceAt(p, start);
    const unitText = unit.def.unit ?? squashSpaces(p.text.slice(end - unit.text.length, end));
    const label = labelBefore(p, sentence, start) || unitText;
    lastEnd = end;
    facts.push({
      type: "metric",
      start,
      end,
      text: p.text.slice(start, end),
      label,
      value: roundValue(base * scale + extra),
      unit: unitText,
      unitClass: unit.def.unitClass,
      kind: kindOf(p.fold.slice(Math.max(sentence.start, start - 400), start)),
      qualifier: qualifier === "ước" ? "ước đạt" : qualifier,
      // "3.650/3.900 hộ": the denominator is written like the value.
      of: m[1] ? parseVietnameseNumber(m[1], { integerOnly: true }) : null,
      confidence: 0.75,
    });
  }
  return facts;
}

/**
 * One figure as written ("trên 16,9 tỷ đồng", "17/17 chỉ tiêu", "115,689 km2") → its value, unit, unit
 * class, qualifier and denominator; null when the text holds no figure with a unit. For normalized values
 * typed or selected by a reviewer.
 */
export function parseQuantity(
  raw: string,
): Pick<MetricFact, "value" | "unit" | "unitClass" | "qualifier" | "of"> | null {
  const [m] = extractMetrics(prepare(raw.normalize("NFC")));
  return m
    ? { value: m.value, unit: m.unit, unitClass: m.unitClass, qualifier: m.qualifier, of: m.of }
    : null;
}
