/**
 * Vietnamese text normalization. Offsets of facts always point into the NFC text; the matching key is
 * only for comparisons (it may change length).
 */

/** Unicode NFC: Vietnamese pages mix precomposed and combining diacritics. */
export function nfc(s: string): string {
  return s.normalize("NFC");
}

/**
 * Runs of two or more whitespace characters, or one that is not a plain space: what `collapseSpaces` rewrites.
 * A lone space already is what `/\s+/g → " "` would write, and matching it would copy every line for nothing.
 */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** Every run of whitespace as one space (like `s.replace(/\s+/g, " ")`), without copying text that has none. */
export function collapseSpaces(s: string): string {
  return s.replace(WHITESPACE_TO_COLLAPSE, " ");
}

// The five tone marks as combining characters (after NFD). Vowel-quality marks (circumflex, breve,
// horn) are kept in place: they change the letter, not the tone.
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const WORD = /[\p{L}\p{M}]+/gu;
const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/g;

/**
 * A key for comparing Vietnamese strings: lower case, tone marks moved to the end of each syllable (so
 * old "Hoà", "Uỷ", "thuở" and new "Hòa", "Ủy", "thủơ" placements are equal), dashes and quotes unified,
 * runs of whitespace collapsed.
 */
export function matchKey(s: string): string {
  return s
    .normalize("NFD")
    .toLowerCase()
    .replace(WORD, (word) => {
      const tones = word.match(TONE_MARK);
      return tones ? word.replace(TONE_MARK, "") + tones.join("") : word;
    })
    .replace(DASHES, "-")
    .replace(QUOTES, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** All diacritics removed and "đ" → "d", lower case: for loose lookups ("Kon Tum" vs "KonTum" aside). */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Collapses runs of spaces and tabs (not newlines) and trims: for values shown to people. */
export function squashSpaces(s: string): string {
  return s.replace(/[ \t\u00a0]+/g, " ").trim();
}

/** "kỳ sơn" → "Kỳ Sơn": capitalizes each syllable (for names given in lower case by a portal). */
export function titleCaseWords(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Is the first letter of the word an upper-case letter? */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

// Old ("hoà", "uỷ", "khoẻ") and new ("hòa", "ủy", "khỏe") tone placement differ only in open syllables
// ending in oa, oe, uy. Both spellings are two UTF-16 units, so folding keeps offsets.
const OLD_TO_NEW_TONE: Record<string, string> = {};
for (const [first, second] of [
  ["o", "a"],
  ["o", "e"],
  ["u", "y"],
] as const) {
  for (const tone of ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]) {
    OLD_TO_NEW_TONE[`${first}${second}${tone}`.normalize("NFC")] = `${first}${tone}${second}`.normalize(
      "NFC",
    );
  }
}
const OLD_TONE_PAIR = new RegExp(`(?:${Object.keys(OLD_TO_NEW_TONE).join("|")})(?![\\p{L}\\p{M}])`, "gu");

/**
 * Lower case with old tone placement rewritten to the new one, keeping the string's length, so that a
 * match found in the folded text has the same offsets in the original ("Hoà" and "Hòa" both → "hòa").
 */
export function foldForSearch(s: string): string {
  let lower = s.toLowerCase();
  if (lower.length !== s.length) {
    lower = Array.from(s, (ch) => {
      const l = ch.toLowerCase();
      return l.length === ch.length ? l : ch;
    }).join("");
  }
  return lower.replace(OLD_TONE_PAIR, (pair) => OLD_TO_NEW_TONE[pair] ?? pair);
}
