import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** Tracking parameters that never change what a page shows. */
const TRACKING_PARAMS =
  /^(utm_[a-z]+|fbclid|gclid|gclsrc|dclid|zarsrc|zalo_?[a-z]*|_ga|mc_[a-z]+|ref|refid|src)$/i;

/**
 * The canonical form of a page URL: lower-case host, no fragment, no tracking parameters, remaining
 * parameters sorted, no default port, no trailing "?". Both the crawler's record ids and the extension's
 * page keys use it, so an annotation finds its record.
 */
export function canonicalUrl(input: string): string {
  const url = new URL(input);
  url.hash = "";
  url.hostname = url.hostname.toLowerCase();
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : "";
  return url.toString();
}

/** Node's own hashing when running in Node (synchronous `process.getBuiltinModule`, Node ≥ 20.16). */
type NodeCrypto = {
  createHash(algorithm: "sha256"): { update(text: string): { digest(encoding: "hex"): string } };
};
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;

/**
 * SHA-256 of the UTF-8 text, in hex. In Node, its native hashing (five times faster on an article body, and the
 * crawler hashes every page twice); in a browser, @noble/hashes. Both give the same digest (tested).
 */
export function sha256Hex(text: string): string {
  if (nodeCrypto) return nodeCrypto.createHash("sha256").update(text).digest("hex");
  return sha256HexPortable(text);
}

/** The browser's path, exported for the test that checks both agree. */
export function sha256HexPortable(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** A record's id: the first 16 hex digits of SHA-256 of its canonical URL. */
export function recordIdFor(url: string): string {
  return recordIdForCanonical(canonicalUrl(url));
}

/** `recordIdFor` of a URL already in canonical form (`canonicalUrl`), without parsing it again. */
export function recordIdForCanonical(canonical: string): string {
  return sha256Hex(canonical).slice(0, 16);
}

/** The content hash stored with a record: changes when title or body change. */
export function contentHashOf(title: string, body: string): string {
  return sha256Hex(`${title}\n\n${body}`);
}
