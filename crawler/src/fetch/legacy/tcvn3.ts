import iconv from "iconv-lite";

/**
 * TCVN3 (TCVN 5712:1993, the ".VnTime" font encoding) → Unicode. iconv-lite's `tcvn` codec holds the
 * table; pages usually reach us already read as windows-1252 (the font did the mapping on screen), so we
 * map each windows-1252 character back to its byte and then through the TCVN3 table.
 */
const TABLE = buildTable();

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const asRead = iconv.decode(Buffer.from([byte]), "windows-1252");
    const meant = iconv.decode(Buffer.from([byte]), "tcvn");
    if (asRead !== meant) table.set(asRead, meant);
  }
  return table;
}

/** Converts text whose bytes were TCVN3 (read as windows-1252) to NFC Unicode. */
export function tcvn3ToUnicode(text: string): string {
  let out = "";
  for (const ch of text) out += TABLE.get(ch) ?? ch;
  return out.normalize("NFC");
}

/** Decodes raw TCVN3 bytes. */
export function decodeTcvn3(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "tcvn").normalize("NFC");
}
