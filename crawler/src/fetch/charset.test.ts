import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { encodeTcvn3 } from "../../../test/fixtures/portals/legacy/tcvn3.ts";
import { encodeWindows1258 } from "../demo/render/encoding.ts";
import { charsetFromContentType, charsetFromMarkup, decodePage } from "./charset.ts";

const TEXT = "Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ nhất, nhiệm kỳ 2025-2030; Bằng khen của Thủ tướng";
const page = (charsetMeta: string | null, body = TEXT) =>
  `<!DOCTYPE html><html><head>${charsetMeta ? `<meta charset="${charsetMeta}">` : ""}<title>t</title></head><body><p>${body}</p></body></html>`;
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("decodePage: charset order BOM → meta → header", () => {
  it("a UTF-8 BOM wins over a lying header and a lying meta", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page("windows-1252"))]);
    const decoded = decodePage(bytes, { contentType: "text/html; charset=iso-8859-1" });
    expect(decoded.origin).toBe("bom");
    expect(decoded.text).toContain(TEXT);
    expect(decoded.text.startsWith("\uFEFF")).toBe(false);
  });

  it("<meta charset> wins over the HTTP header (the demo's meta-charset-mismatch case)", () => {
    const decoded = decodePage(utf8(page("utf-8")), { contentType: "text/html; charset=iso-8859-1" });
    expect(decoded.origin).toBe("meta");
    expect(decoded.text).toContain(TEXT);
  });

  it("reads http-equiv Content-Type meta tags", () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>Thi đua</body></html>`;
    expect(charsetFromMarkup(utf8(html))).toBe("windows-1258");
  });

  it("falls back to the header when the page declares nothing", () => {
    const bytes = encodeWindows1258(page(null, "Khen thưởng"));
    const decoded = decodePage(bytes, { contentType: "text/html; charset=windows-1258" });
    expect(decoded.origin).toBe("header");
    expect(decoded.text).toContain("Khen thưởng");
  });

  it("decodes windows-1258 with combining tone marks into NFC", () => {
    // windows-1258 has no "ế": it is "ê" + U+0301, which must come back composed.
    const bytes = encodeWindows1258(page("windows-1258", "Nghị quyết thi đua"));
    expect(iconv.decode(bytes, "windows-1258")).not.toContain("Nghị quyết");
    const decoded = decodePage(bytes, { contentType: "text/html" });
    expect(decoded.charset).toBe("windows-1258");
    expect(decoded.text).toContain("Nghị quyết thi đua");
    expect(decoded.text).toBe(decoded.text.normalize("NFC"));
  });

  it("normalises NFD UTF-8 text to NFC", () => {
    const decoded = decodePage(utf8(page("utf-8", TEXT.normalize("NFD"))));
    expect(decoded.text).toContain(TEXT);
  });

  it("converts TCVN3 pages recognised by their .VnTime font", () => {
    const html = `<html><head><meta charset="windows-1252"></head><body><font face=".VnTime">${TEXT}</font></body></html>`;
    const decoded = decodePage(encodeTcvn3(html), { contentType: "text/html; charset=windows-1252" });
    expect(decoded.legacy).toBe("tcvn3");
    // TCVN3 has no capitals with tone marks (pages used a capital font), so compare case-insensitively.
    expect(decoded.text.toLowerCase()).toContain(TEXT.toLowerCase());
  });

  it("converts a source declared as TCVN3 even without a font hint", () => {
    const decoded = decodePage(encodeTcvn3(page(null, "khen thưởng")), { declared: "tcvn3" });
    expect(decoded.origin).toBe("source");
    expect(decoded.text).toContain("khen thưởng");
  });

  it("leaves a Unicode page that names a legacy font alone", () => {
    const html = `<html><body><font face=".VnTime">Bằng khen</font></body></html>`;
    const decoded = decodePage(utf8(html));
    expect(decoded.legacy).toBeNull();
    expect(decoded.text).toContain("Bằng khen");
  });

  it("sniffs UTF-8 without any declaration, windows-1252 when the bytes are not UTF-8", () => {
    expect(decodePage(utf8(page(null))).origin).toBe("sniffed");
    expect(decodePage(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c])).text).toBe("<p>é<");
  });

  it("ignores unknown charset labels instead of failing", () => {
    const decoded = decodePage(utf8(page("x-klingon")), { contentType: "text/html; charset=also-bogus" });
    expect(decoded.text).toContain(TEXT);
  });
});

describe("charsetFromContentType", () => {
  it("reads quoted and unquoted labels", () => {
    expect(charsetFromContentType('text/html; charset="UTF-8"')).toBe("utf-8");
    expect(charsetFromContentType("text/html;charset=windows-1258")).toBe("windows-1258");
    expect(charsetFromContentType("text/html")).toBeNull();
  });
});
