/**
 * Is an article about emulation and commendation, or about a party congress? Cue phrases weighted by
 * where they occur (title ×3). Mentions of the national congress ("Đại hội XIV của Đảng") are removed
 * first: an emulation article that salutes it is not a congress article.
 */
import type { Topic } from "../schema/common.ts";
import type { TopicScore } from "../schema/record.ts";
import { collapseSpaces, foldForSearch } from "../text/normalize.ts";

/** `needsParty`: a congress cue that mass organisations and sports share ("Đại hội Thể dục thể thao xã … lần thứ III"). */
type Cue = { phrase: string; weight: number; needsParty?: boolean };

const CUES: Record<Topic, readonly Cue[]> = {
  emulation: [
    { phrase: "thi đua", weight: 1 },
    { phrase: "khen thưởng", weight: 1 },
    { phrase: "bằng khen", weight: 2 },
    { phrase: "giấy khen", weight: 2 },
    { phrase: "cờ thi đua", weight: 2 },
    { phrase: "chiến sĩ thi đua", weight: 2 },
    { phrase: "huân chương", weight: 2 },
    { phrase: "huy hiệu", weight: 2 },
    { phrase: "kỷ niệm chương", weight: 2 },
    { phrase: "huy chương", weight: 1 },
    { phrase: "biểu dương", weight: 1 },
    { phrase: "tuyên dương", weight: 1 },
    { phrase: "điển hình tiên tiến", weight: 2 },
    { phrase: "người tốt, việc tốt", weight: 2 },
    { phrase: "giao ước thi đua", weight: 2 },
    { phrase: "lao động tiên tiến", weight: 2 },
    { phrase: "tập thể lao động xuất sắc", weight: 2 },
    { phrase: "danh hiệu", weight: 1 },
    { phrase: "phát động phong trào", weight: 2 },
  ],
  party_congress: [
    { phrase: "đại hội đại biểu", weight: 2, needsParty: true },
    { phrase: "đại hội đảng bộ", weight: 3 },
    { phrase: "đại hội chi bộ", weight: 3 },
    { phrase: "đại hội điểm", weight: 2, needsParty: true },
    { phrase: "ban chấp hành đảng bộ", weight: 2 },
    { phrase: "bầu ban chấp hành", weight: 2 },
    { phrase: "văn kiện đại hội", weight: 2 },
    { phrase: "đại biểu chính thức", weight: 1, needsParty: true },
    { phrase: "đảng viên đại diện cho", weight: 2 },
    { phrase: "lần thứ", weight: 1, needsParty: true },
    { phrase: "nhiệm kỳ 2025-2030", weight: 1, needsParty: true },
    { phrase: "nhiệm kỳ 2020-2025", weight: 1, needsParty: true },
    { phrase: "được chỉ định", weight: 1, needsParty: true },
    { phrase: "trúng cử", weight: 1, needsParty: true },
    { phrase: "đại hội", weight: 1, needsParty: true },
  ],
};

// National-level mentions that do not make a local congress article.
const NATIONAL_CONGRESS =
  /(?:đại hội(?: đại biểu)?(?: toàn quốc)?(?: lần thứ)? [xivl]+ của đảng|đại hội(?: đại biểu)? toàn quốc(?: lần thứ [xivl]+)?(?: của đảng)?|nghị quyết đại hội [xivl]+(?: của đảng)?|đại hội [xivl]+ của đảng|đại hội đảng toàn quốc(?: lần thứ [xivl]+)?)/gu;

// "thi đua lập thành tích chào mừng Đại hội Đảng bộ các cấp": emulation language, not a congress report.
const CONGRESS_SALUTE =
  /(?:chào mừng|tiến tới|hướng tới|lập thành tích)(?: thành công)?(?: [^\s.;,]+){0,3}? đại hội[^.;,\n]{0,60}/gu;

const CUE_KEYS = Object.fromEntries(
  (Object.keys(CUES) as Topic[]).map((t) => [
    t,
    CUES[t].map((c) => ({ ...c, key: foldForSearch(c.phrase) })),
  ]),
) as Record<Topic, (Cue & { key: string })[]>;

function countOccurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

// The Party's own bodies: without one, "Đại hội … lần thứ III" is a sports or mass-organisation congress.
const PARTY_BODY = /đảng bộ|chi bộ|đảng ủy|đảng viên|cấp ủy/u;

// One phrase in passing ("phát động phong trào thi đua" in a traffic campaign scores 3) is not a topic.
const MIN_SCORE = 4;

/** Topics sorted by score; [] when off topic. A second topic is kept only when nearly as strong. */
export function classifyTopics(title: string, body: string): TopicScore[] {
  const clean = (s: string) =>
    collapseSpaces(foldForSearch(s)).replace(NATIONAL_CONGRESS, " ").replace(CONGRESS_SALUTE, " ");
  const t = clean(title);
  const b = clean(body);
  const scores: TopicScore[] = [];
  const party = PARTY_BODY.test(t) || PARTY_BODY.test(b);
  for (const topic of Object.keys(CUE_KEYS) as Topic[]) {
    let score = 0;
    const evidence: string[] = [];
    for (const cue of CUE_KEYS[topic]) {
      if (cue.needsParty && !party) continue;
      const hits = 3 * countOccurrences(t, cue.key) + Math.min(countOccurrences(b, cue.key), 5);
      if (hits > 0) {
        score += hits * cue.weight;
        evidence.push(cue.phrase);
      }
    }
    if (score >= MIN_SCORE) scores.push({ topic, score, evidence });
  }
  scores.sort((a, b) => b.score - a.score);
  const top = scores[0];
  if (!top) return [];
  return scores.filter((s) => s === top || s.score >= 0.6 * top.score);
}
