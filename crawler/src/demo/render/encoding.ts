import type { FixtureEncoding } from "@vnfacts/shared";
import iconv from "iconv-lite";
import { encodeTcvn3 } from "../../../../test/fixtures/portals/legacy/tcvn3.ts";

/** The bytes of a page and the Content-Type header it is served with. */
export interface EncodedPage {
  bytes: Buffer;
  contentType: string;
}

/** What the page's own `<meta charset>` declares for each encoding case. */
export function metaCharsetFor(encoding: FixtureEncoding): string {
  if (encoding === "windows-1258") return "windows-1258";
  if (encoding === "tcvn3") return "windows-1252";
  return "utf-8";
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * windows-1258 holds some accented letters whole and the five tone marks as combining characters:
 * a letter the code page lacks is written as its toneless base plus the tone mark ("ế" → "ê" + U+0301).
 */
export function encodeWindows1258(text: string): Buffer {
  let prepared = "";
  for (const char of text.normalize("NFC")) {
    if (iconv.decode(iconv.encode(char, "windows-1258"), "windows-1258") === char) {
      prepared += char;
      continue;
    }
    const decomposed = char.normalize("NFD");
    const tones = decomposed.match(TONE_MARKS)?.join("") ?? "";
    const base = decomposed.replace(TONE_MARKS, "").normalize("NFC");
    prepared += base + tones;
  }
  const bytes = iconv.encode(prepared, "windows-1258");
  const roundTrip = iconv.decode(bytes, "windows-1258").normalize("NFC");
  if (roundTrip !== text.normalize("NFC")) throw new Error("windows-1258 cannot encode this text");
  return bytes;
}

/** Serialises a rendered page the way its encoding case prescribes. */
export function encodePage(html: string, encoding: FixtureEncoding): EncodedPage {
  switch (encoding) {
    case "windows-1258":
      return { bytes: encodeWindows1258(html), contentType: "text/html; charset=windows-1258" };
    case "tcvn3":
      return { bytes: encodeTcvn3(html), contentType: "text/html; charset=windows-1252" };
    case "nfd":
      return { bytes: Buffer.from(html.normalize("NFD"), "utf8"), contentType: "text/html; charset=utf-8" };
    case "utf-8-bom":
      return {
        bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, "utf8")]),
        contentType: "text/html; charset=utf-8",
      };
    case "meta-charset-mismatch":
      // The header lies; the bytes and the meta tag are UTF-8.
      return { bytes: Buffer.from(html, "utf8"), contentType: "text/html; charset=iso-8859-1" };
    case "utf-8":
    case "old-tone-marks":
      return { bytes: Buffer.from(html, "utf8"), contentType: "text/html; charset=utf-8" };
  }
}
