/**
 * VNI Windows → Unicode. VNI writes a Vietnamese letter as a base letter followed by "mark" glyphs that sit
 * in the Latin-1 range (`chaøo` = chào), plus a few standalone letters (ô = ơ, ö = ư, ñ = đ, í/ì/æ/ó/ò = i
 * with tones, î = ỵ). We turn marks into Unicode combining marks after a vowel and compose with NFC, so the
 * table stays small and every combination comes out right.
 */

const GRAVE = "\u0300";
const ACUTE = "\u0301";
const CIRCUMFLEX = "\u0302";
const TILDE = "\u0303";
const BREVE = "\u0306";
const HOOK = "\u0309";
const DOT = "\u0323";

/** Mark glyphs (lower case; the upper-case glyph of each means the same on a capital). */
const MARKS: Record<string, string> = {
  ù: ACUTE,
  ø: GRAVE,
  û: HOOK,
  õ: TILDE,
  ï: DOT,
  â: CIRCUMFLEX,
  á: CIRCUMFLEX + ACUTE,
  à: CIRCUMFLEX + GRAVE,
  å: CIRCUMFLEX + HOOK,
  ã: CIRCUMFLEX + TILDE,
  ä: CIRCUMFLEX + DOT,
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
};

/** Glyphs that are whole letters on their own. */
const LETTERS: Record<string, string> = {
  ô: "ơ",
  ö: "ư",
  ñ: "đ",
  í: "í",
  ì: "ì",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  î: "ỵ",
};

const MARK_OF = new Map<string, string>();
for (const [glyph, mark] of Object.entries(MARKS)) {
  MARK_OF.set(glyph, mark);
  MARK_OF.set(glyph.toUpperCase(), mark);
}
const LETTER_OF = new Map<string, string>();
for (const [glyph, letter] of Object.entries(LETTERS)) {
  LETTER_OF.set(glyph, letter);
  LETTER_OF.set(glyph.toUpperCase(), letter.toUpperCase());
}

/** Bases a mark may follow: plain vowels and the VNI letters ơ/ư. */
const VOWEL_BASE = /[aeouyAEOUYơưƠƯ]$/;

/** Converts text whose bytes were VNI Windows (read as windows-1252) to NFC Unicode. */
export function vniToUnicode(text: string): string {
  let out = "";
  // The last base letter written (without combining marks), to decide whether a glyph is a mark.
  let base = "";
  for (const ch of text) {
    const mark = MARK_OF.get(ch);
    if (mark !== undefined && VOWEL_BASE.test(base)) {
      out += mark;
      // A letter takes at most one tone; a tone after circumflex/breve is part of the same glyph.
      base = "";
      continue;
    }
    const letter = LETTER_OF.get(ch);
    const next = letter ?? ch;
    out += next;
    base = next;
  }
  return out.normalize("NFC");
}
