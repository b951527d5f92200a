import iconv from "iconv-lite";
import { convertLegacy, type LegacyEncoding, legacyFromLabel, sniffLegacy } from "./legacy/index.ts";

/** Where the charset came from, in the order we trust them. */
export type CharsetOrigin = "bom" | "source" | "meta" | "header" | "sniffed" | "default";

export interface DecodedPage {
  /** The page text, NFC. */
  text: string;
  /** The charset the bytes were read with (an iconv-lite name). */
  charset: string;
  origin: CharsetOrigin;
  /** Set when the text was in a legacy font encoding and was converted. */
  legacy: LegacyEncoding | null;
}

export interface DecodeOptions {
  /** The HTTP `Content-Type` header, if any. */
  contentType?: string | null;
  /** The registry's declared charset for the source (used when the server lies). */
  declared?: string | null;
}

/** How far into the document `<meta charset>` / `<?xml encoding?>` is looked for (the HTML spec prescans 1024). */
const PRESCAN_BYTES = 4096;

const BOMS: Array<{ bytes: number[]; charset: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], charset: "utf-8" },
  { bytes: [0xfe, 0xff], charset: "utf-16be" },
  { bytes: [0xff, 0xfe], charset: "utf-16le" },
];

export function charsetFromBom(bytes: Uint8Array): { charset: string; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { charset: bom.charset, length: bom.bytes.length };
  }
  return null;
}

/** `charset=` of a Content-Type value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = contentType ? /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType) : null;
  return match ? match[1]!.toLowerCase() : null;
}

/** `<meta charset>`, `<meta http-equiv="Content-Type" content="…charset=…">` or `<?xml … encoding="…"?>` in the first bytes. */
export function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, PRESCAN_BYTES),
  ).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  // Covers both `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const match = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (match) return match[1]!.toLowerCase();
  }
  return null;
}

/** A label iconv-lite can decode, or a legacy font encoding; anything else is ignored as if absent. */
function usable(label: string | null | undefined): string | null {
  if (!label) return null;
  if (legacyFromLabel(label)) return label;
  return iconv.encodingExists(label) ? label : null;
}

/** True when the bytes are valid UTF-8 (used only when nothing declared a charset). */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a fetched page: BOM first, then the source's declared charset, then `<meta charset>`, then the HTTP
 * header, then a sniff (UTF-8 if valid, else windows-1252). Legacy font encodings (TCVN3, VNI) are converted
 * to Unicode whether declared or recognised from the page's fonts. The result is NFC.
 */
export function decodePage(bytes: Uint8Array, options: DecodeOptions = {}): DecodedPage {
  const bom = charsetFromBom(bytes);
  let label: string;
  let origin: CharsetOrigin;
  let body = bytes;
  if (bom) {
    label = bom.charset;
    origin = "bom";
    body = bytes.subarray(bom.length);
  } else {
    const declared = usable(options.declared);
    const meta = declared ? null : usable(charsetFromMarkup(bytes));
    const header = declared || meta ? null : usable(charsetFromContentType(options.contentType));
    if (declared) [label, origin] = [declared, "source"];
    else if (meta) [label, origin] = [meta, "meta"];
    else if (header) [label, origin] = [header, "header"];
    else if (isValidUtf8(bytes)) [label, origin] = ["utf-8", "sniffed"];
    else [label, origin] = ["windows-1252", "default"];
  }

  let legacy = legacyFromLabel(label);
  // Legacy font encodings were served as Western bytes; read them so, then map the glyphs.
  const charset = legacy ? "windows-1252" : normalizeLabel(label);
  const raw = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  // UTF-8 (nearly every portal) through Node's own decoder: iconv-lite wraps the same decoder in streams.
  let text = charset === "utf-8" ? raw.toString("utf8") : iconv.decode(raw, charset);
  legacy ??= sniffLegacy(text);
  if (legacy) text = convertLegacy(text, legacy);
  return { text: text.normalize("NFC"), charset, origin, legacy };
}

function normalizeLabel(label: string): string {
  const l = label.toLowerCase();
  // Browsers read latin1/ascii labels as windows-1252 (WHATWG Encoding); portals rely on it.
  if (l === "iso-8859-1" || l === "latin1" || l === "us-ascii" || l === "ascii") return "windows-1252";
  if (l === "utf8") return "utf-8";
  return l;
}
