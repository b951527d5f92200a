import { tcvn3ToUnicode } from "./tcvn3.ts";
import { vniToUnicode } from "./vni.ts";

export { decodeTcvn3, tcvn3ToUnicode } from "./tcvn3.ts";
export { vniToUnicode } from "./vni.ts";

/** Pre-Unicode Vietnamese encodings that live on as fonts rather than as charsets. */
export type LegacyEncoding = "tcvn3" | "vni";

/** Charset labels that name a legacy font encoding. */
export function legacyFromLabel(label: string | null | undefined): LegacyEncoding | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^x-/, "");
  if (/^(tcvn-?3|tcvn5712-?3|vn-?3|abc|tcvn)$/.test(l)) return "tcvn3";
  if (/^vni(-?win(dows)?)?$/.test(l)) return "vni";
  return null;
}

/** Letters only Unicode Vietnamese has (precomposed toned vowels, ă, đ, ơ, ư): a page using them is not legacy. */
const UNICODE_VIETNAMESE = /[\u1EA0-\u1EF9ăđơưĂĐƠƯ]/;
const TCVN3_FONT = /\.vn(time|arial|helvetica|avant|courier|book|souvenir|3d|bodoni)/i;
const VNI_FONT = /vni[-_ ](times|helve|aptima|book|avo|brush|centur|cooper|univer|top|[a-z]+)/i;

/**
 * A legacy encoding the page text is in, judged from the fonts it asks for — only when the text has no
 * Unicode Vietnamese letters, so a Unicode page that merely mentions such a font is left alone.
 */
export function sniffLegacy(html: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(html)) return null;
  if (TCVN3_FONT.test(html)) return "tcvn3";
  if (VNI_FONT.test(html)) return "vni";
  return null;
}

export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === "tcvn3" ? tcvn3ToUnicode(text) : vniToUnicode(text);
}
