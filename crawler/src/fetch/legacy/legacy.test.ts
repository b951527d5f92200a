import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { encodeTcvn3 } from "../../../../test/fixtures/portals/legacy/tcvn3.ts";
import { legacyFromLabel, sniffLegacy, tcvn3ToUnicode, vniToUnicode } from "./index.ts";

describe("TCVN3", () => {
  it("maps every lowercase Vietnamese letter of the code table back", () => {
    const letters = "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
    const asRead = iconv.decode(encodeTcvn3(letters), "windows-1252");
    expect(tcvn3ToUnicode(asRead)).toBe(letters);
  });

  it("converts a real sentence read as windows-1252", () => {
    const sentence = "tổng kết phong trào thi đua yêu nước năm 2024";
    const asRead = iconv.decode(encodeTcvn3(sentence), "windows-1252");
    expect(asRead).not.toBe(sentence);
    expect(tcvn3ToUnicode(asRead)).toBe(sentence);
  });
});

describe("VNI Windows", () => {
  it("converts marks after vowels and the standalone letters", () => {
    expect(vniToUnicode("Xin chaøo caùc baïn")).toBe("Xin chào các bạn");
    expect(vniToUnicode("Thi ñua khen thöôûng")).toBe("Thi đua khen thưởng");
    expect(vniToUnicode("Ñaïi hoäi ñaïi bieåu Ñaûng boä")).toBe("Đại hội đại biểu Đảng bộ");
    expect(vniToUnicode("nhieäm kyø 2025-2030")).toBe("nhiệm kỳ 2025-2030");
    expect(vniToUnicode("Baèng khen, Giaáy khen, Côø thi ñua")).toBe("Bằng khen, Giấy khen, Cờ thi đua");
  });

  it("handles capitals", () => {
    expect(vniToUnicode("ÑAÏI HOÄI")).toBe("ĐẠI HỘI");
  });

  it("produces NFC", () => {
    const out = vniToUnicode("Quaûng Ngaõi");
    expect(out).toBe("Quảng Ngãi");
    expect(out).toBe(out.normalize("NFC"));
  });
});

describe("detection", () => {
  it("recognises charset labels", () => {
    expect(legacyFromLabel("TCVN3")).toBe("tcvn3");
    expect(legacyFromLabel("x-vni")).toBe("vni");
    expect(legacyFromLabel("utf-8")).toBeNull();
  });

  it("sniffs fonts only on pages without Unicode Vietnamese", () => {
    expect(sniffLegacy('<font face=".VnTime">Th\u00b6o</font>')).toBe("tcvn3");
    expect(sniffLegacy('<span style="font-family:VNI-Times">chaøo</span>')).toBe("vni");
    expect(sniffLegacy('<font face=".VnTime">Thảo</font>')).toBeNull();
  });
});
