import { describe, expect, it } from "vitest";
import { extractLocalities } from "./localities.ts";
import { prepare } from "./scan.ts";

const localities = (text: string, date = "2026-01-27") =>
  extractLocalities(prepare(text), { date }).map((l) => [l.name, l.level, l.mergedInto]);

describe("extractLocalities", () => {
  it("units named with their level", () => {
    expect(
      localities("Chiều 21/1, tại phường Hoa Lư, Cụm Thi đua thuộc UBND tỉnh Ninh Bình tổ chức hội nghị."),
    ).toEqual([
      ["Hoa Lư", "phường", null],
      ["Ninh Bình", "tỉnh", null],
    ]);
    expect(
      localities("UBND huyện Kiến Xương; thành phố Kon Tum; Phường Quang Trung", "2020-02-23").map(
        (l) => l[0],
      ),
    ).toEqual(["Kiến Xương", "Kon Tum", "Quang Trung"]);
  });
  it("a name stays on its level word's line", () => {
    expect(localities("Văn phòng HĐND - UBND xã\n\nTin mới hơn")).toEqual([]);
  });
  it("lists after a plural level", () => {
    expect(localities("gồm 10 phường: Hoa Lư, Phủ Lý, Nam Định và Tây Hoa Lư.").map((l) => l[0])).toEqual([
      "Hoa Lư",
      "Phủ Lý",
      "Nam Định",
      "Tây Hoa Lư",
    ]);
  });
  it("merger sentences yield the former units, resolved in the old layer", () => {
    const facts = extractLocalities(
      prepare(
        "Phường Kỳ Sơn được thành lập trên cơ sở hợp nhất toàn bộ diện tích tự nhiên của phường Kỳ Sơn, xã Độc Lập và xã Mông Hóa.",
      ),
      { date: "2025-07-23" },
    );
    expect(facts.map((f) => [f.name, f.level, f.mergedInto, f.gazetteerVersion])).toEqual([
      ["Kỳ Sơn", "phường", null, "2025"],
      ["Kỳ Sơn", "phường", "phường Kỳ Sơn", "pre-2025"],
      ["Độc Lập", "xã", "phường Kỳ Sơn", "pre-2025"],
      ["Mông Hóa", "xã", "phường Kỳ Sơn", "pre-2025"],
    ]);
    expect(facts[2]!.code).toBe("04921");
    expect(facts[2]!.province).toBe("Hoà Bình");
  });
  it("no unit without a capitalized name, no person after a level word", () => {
    expect(
      localities("Tỉnh ủy, HĐND, UBND tỉnh; kinh tế - xã hội; Phó Chủ tịch UBND tỉnh Lê Văn Tuấn"),
    ).toEqual([]);
  });
});

describe("hyphenated names", () => {
  it("keeps 'Bà Rịa - Vũng Tàu' whole", () => {
    expect(localities("UBND tỉnh Bà Rịa - Vũng Tàu tổ chức", "2024-01-01")).toEqual([
      ["Bà Rịa - Vũng Tàu", "tỉnh", null],
    ]);
  });
});
