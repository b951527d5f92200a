/**
 * Vietnamese number conventions: "." groups thousands and "," marks decimals ("1.789", "16,9",
 * "115,689 km2"), with the exceptions seen on real portals (English-style "5,525 lượt xem", "36.5 ha").
 */

/** A number as written: digits with optional "." / "," separators. */
export const NUMBER_SOURCE = String.raw`\d+(?:[.,]\d+)*`;

const SCALE_WORDS: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** "nghìn tỷ" multiplies: 1e12. */
export function scaleOf(words: string): number {
  let factor = 1;
  for (const w of words.toLowerCase().split(/\s+/)) {
    const f = SCALE_WORDS[w];
    if (f) factor *= f;
  }
  return factor;
}

export const SCALE_SOURCE = String.raw`(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+(?:tỷ|tỉ))?)`;

export type NumberHint = {
  /** The value counts whole things (people, views, households): "5,525" is then 5525, not 5.525. */
  integerOnly?: boolean;
};

/**
 * Parses one number as written in Vietnamese text. Returns null for anything that is not a number.
 * Rules: both separators → the last one is the decimal mark; only dots in groups of three → thousands
 * (else decimal, "36.5"); one comma → decimal unless `integerOnly` and exactly three digits follow;
 * several commas in groups of three → thousands. Leading zeros are dropped ("07" → 7).
 */
export function parseVietnameseNumber(raw: string, hint: NumberHint = {}): number | null {
  const s = raw.trim();
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const dots = s.split(".").length - 1;
  const commas = s.split(",").length - 1;
  let normalized: string;
  if (dots && commas) {
    const decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    normalized = s.split(thousands).join("").replace(decimal, ".");
  } else if (dots) {
    const groups = s.split(".");
    const grouped = groups.slice(1).every((g) => g.length === 3);
    normalized = grouped || dots > 1 ? groups.join("") : s;
  } else if (commas) {
    const groups = s.split(",");
    const grouped = groups.slice(1).every((g) => g.length === 3);
    if (commas > 1) normalized = groups.join("");
    else normalized = grouped && hint.integerOnly ? groups.join("") : s.replace(",", ".");
  } else {
    normalized = s;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Rounds away binary noise from scaling (16,9 × 1e9). */
export function roundValue(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}
