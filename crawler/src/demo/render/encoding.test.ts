import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { encodePage, encodeWindows1258, metaCharsetFor } from "./encoding.ts";

describe("encodeWindows1258", () => {
  it("keeps letters the code page holds and splits the others into base + combining tone mark", () => {
    // "ễ" is not in windows-1258: "ê" (0xEA) + combining tilde (0xDE); "à" is (0xE0).
    expect([...encodeWindows1258("Nguyễn Hoà")]).toEqual([
      0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x20, 0x48, 0x6f, 0xe0,
    ]);
  });

  it("decodes back to the same NFC text", () => {
    const text = "Đại hội đại biểu Đảng bộ phường Kỳ Sơn lần thứ I, nhiệm kỳ 2025–2030";
    expect(iconv.decode(encodeWindows1258(text), "windows-1258").normalize("NFC")).toBe(text);
  });

  it("refuses text the code page cannot hold", () => {
    expect(() => encodeWindows1258("Tìm kiếm 🔍")).toThrow(/windows-1258 cannot encode/);
  });
});

describe("encodePage", () => {
  const html = "<p>Thủy</p>";

  it("prefixes a byte order mark for utf-8-bom", () => {
    const page = encodePage(html, "utf-8-bom");
    expect([...page.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(page.bytes.subarray(3).toString("utf8")).toBe(html);
  });

  it("decomposes for nfd and lies in the header for meta-charset-mismatch", () => {
    expect(encodePage(html, "nfd").bytes.toString("utf8")).toBe(html.normalize("NFD"));
    expect(encodePage(html, "meta-charset-mismatch").contentType).toBe("text/html; charset=iso-8859-1");
    expect(metaCharsetFor("meta-charset-mismatch")).toBe("utf-8");
  });

  it("serves TCVN3 bytes under a windows-1252 label", () => {
    const page = encodePage(html, "tcvn3");
    expect(page.contentType).toBe("text/html; charset=windows-1252");
    expect(page.bytes.toString("latin1")).toBe("<p>Thñy</p>");
  });
});
