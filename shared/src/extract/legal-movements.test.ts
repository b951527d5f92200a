import { describe, expect, it } from "vitest";
import { extractLegalRefs } from "./legal.ts";
import { extractMovements } from "./movements.ts";
import { prepare } from "./scan.ts";

describe("extractLegalRefs", () => {
  it("numbered documents with date and issuer; laws by title", () => {
    const refs = extractLegalRefs(
      prepare(
        "tư tưởng thi đua ái quốc; Luật Thi đua, khen thưởng ngày 15/6/2022. Thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị về tăng cường; Chỉ thị số 05 của Bộ chính trị về đẩy mạnh.",
      ),
    ).map((r) => [r.kind, r.number, r.title, r.date, r.issuer]);
    expect(refs).toEqual([
      ["Luật", null, "Luật Thi đua, khen thưởng", "2022-06-15", null],
      ["Chỉ thị", "41-CT/TW", null, "2024-12-26", "Bộ Chính trị"],
      ["Chỉ thị", "05", null, null, "Bộ Chính trị"],
    ]);
  });
  it("a bare mention is not a reference", () => {
    expect(
      extractLegalRefs(prepare("thực hiện Nghị quyết Đại hội XIII của Đảng; pháp luật của Nhà nước")),
    ).toEqual([]);
  });
});

describe("extractMovements", () => {
  it("quoted names after the movement words, including lists", () => {
    const names = extractMovements(
      prepare(
        'Hưởng ứng phong trào thi đua "người tốt, việc tốt", Hội phụ nữ với phong trào “phụ nữ giúp nhau làm kinh tế giỏi”; công tác “dân vận khéo”; các phong trào thi đua "Dân vận khéo", "Toàn dân đoàn kết xây dựng đời sống văn hóa" và chủ đề “Đoàn kết”.',
      ),
    ).map((m) => m.name);
    expect(names).toEqual([
      "người tốt, việc tốt",
      "phụ nữ giúp nhau làm kinh tế giỏi",
      "dân vận khéo",
      "Dân vận khéo",
      "Toàn dân đoàn kết xây dựng đời sống văn hóa",
    ]);
  });
});
