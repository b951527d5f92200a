import { describe, expect, it } from "vitest";
import { extractPeople } from "./people.ts";
import { prepare } from "./scan.ts";

const people = (text: string) => extractPeople(prepare(text)).map((p) => [p.name, p.position]);

describe("extractPeople", () => {
  it("position before the name, the place kept in the position", () => {
    expect(people("Chủ tịch UBND phường Kỳ Sơn Nguyễn Hữu Cường trao tặng Bằng khen")).toEqual([
      ["Nguyễn Hữu Cường", "Chủ tịch UBND phường Kỳ Sơn"],
    ]);
    expect(people("Phó Bí thư Tỉnh ủy Bùi Thị Minh tặng hoa chúc mừng Đại hội.")).toEqual([
      ["Bùi Thị Minh", "Phó Bí thư Tỉnh ủy"],
    ]);
    expect(people("Phó Chủ tịch UBND tỉnh Lê Văn Tuấn phát biểu.")).toEqual([
      ["Lê Văn Tuấn", "Phó Chủ tịch UBND tỉnh"],
    ]);
  });
  it("position lists after the name", () => {
    expect(
      people(
        "Đồng chí Nguyễn Quang Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch thường trực UBND tỉnh trao bằng khen",
      ),
    ).toEqual([["Nguyễn Quang Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch thường trực UBND tỉnh"]]);
    expect(
      people("Dự Đại hội có đồng chí Lê Văn Tuấn - TUV, Chánh án Tòa án Nhân dân tỉnh; đại diện"),
    ).toEqual([["Lê Văn Tuấn", "TUV, Chánh án Tòa án Nhân dân tỉnh"]]);
  });
  it("lists after 'các đồng chí:'", () => {
    expect(
      people(
        "Dự hội nghị có các đồng chí: Nguyễn Quang Hưng, Phó Chủ tịch UBND tỉnh; Vũ Ngọc Trì, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh.",
      ),
    ).toEqual([
      ["Nguyễn Quang Hưng", "Phó Chủ tịch UBND tỉnh"],
      ["Vũ Ngọc Trì", "Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh"],
    ]);
  });
  it("honorifics without a position, and appointments", () => {
    expect(people("ông Trần Văn Chánh - tổ dân phố 7 với việc tích cực vận động")).toEqual([
      ["Trần Văn Chánh", null],
    ]);
    expect(
      people("Đồng chí Hoàng Văn Minh được chỉ định làm Bí thư Đảng ủy phường Kỳ Sơn nhiệm kỳ 2025-2030."),
    ).toEqual([["Hoàng Văn Minh", "Bí thư Đảng ủy phường Kỳ Sơn nhiệm kỳ 2025-2030"]]);
  });
  it("does not cut a name at a lower-case typo", () => {
    expect(people("bà Nguyễn Hương giang, Chủ tịch Hội Phụ nữ xã")).toEqual([
      ["Nguyễn Hương giang", "Chủ tịch Hội Phụ nữ xã"],
    ]);
  });
  it("leaves out places, leaders' thought and bare capitalized words", () => {
    expect(
      people("tư tưởng Hồ Chí Minh; tỷ lệ của Chủ tịch Hồ Chí Minh; đường Lê Lợi; UBND tỉnh Hà Nam họp"),
    ).toEqual([]);
    expect(people("Nguyễn Văn An đến thăm")).toEqual([]);
  });
});

describe("academic titles", () => {
  it("introduce a person like an honorific", () => {
    expect(people("PGS.TS Nguyễn Văn Bình, Giám đốc Sở Y tế phát biểu")).toEqual([
      ["Nguyễn Văn Bình", "Giám đốc Sở Y tế"],
    ]);
  });
});

describe("organisations joined by 'và'", () => {
  it("keeps 'Sở Giáo dục và Đào tạo' whole but stops before a second person", () => {
    expect(
      people("đồng chí Nguyễn Thị Lan Hương, Tỉnh ủy viên, Giám đốc Sở Giáo dục và Đào tạo dự."),
    ).toEqual([["Nguyễn Thị Lan Hương", "Tỉnh ủy viên, Giám đốc Sở Giáo dục và Đào tạo"]]);
    expect(
      people("Phó Chủ tịch UBND tỉnh Trần Văn An và Giám đốc Sở Y tế Lê Thị Hoa dự.").map((p) => p[0]),
    ).toEqual(["Trần Văn An", "Lê Thị Hoa"]);
  });
  it("ethnic-minority names: Ê Đê H', Ba Na A, Khmer Danh, Dao Tẩn, Sơn only before Thị / Văn, ranks", () => {
    expect(people("Dự lễ có bà H'Linh Niê, Phó Chủ tịch UBND xã.")).toEqual([
      ["H'Linh Niê", "Phó Chủ tịch UBND xã"],
    ]);
    expect(people("đồng chí A Pớt được bầu giữ chức Bí thư Đảng ủy xã.")).toEqual([
      ["A Pớt", "Bí thư Đảng ủy xã"],
    ]);
    expect(people("đồng chí Danh Sóc được chỉ định giữ chức Bí thư Đảng ủy phường.")).toEqual([
      ["Danh Sóc", "Bí thư Đảng ủy phường"],
    ]);
    expect(people("đồng chí Tẩn Thị Mẩy được bầu làm Phó Bí thư Chi bộ.")).toEqual([
      ["Tẩn Thị Mẩy", "Phó Bí thư Chi bộ"],
    ]);
    expect(people("Dự có bà Sơn Thị Ánh Hồng, Trưởng Ban Dân vận Tỉnh ủy.")).toEqual([
      ["Sơn Thị Ánh Hồng", "Trưởng Ban Dân vận Tỉnh ủy"],
    ]);
    // "Sơn" without "Thị" / "Văn" after it is left out: it opens far more places than names.
    expect(people("ông Sơn Hà, Phó Chủ tịch UBND xã")).toEqual([]);
    expect(people("Thượng tá Ksor Hnil cho biết")).toEqual([["Ksor Hnil", "Thượng tá"]]);
    expect(people("đảng viên lão thành Cầm Văn Đôn (tổ dân phố 5) bày tỏ")).toEqual([["Cầm Văn Đôn", null]]);
  });
});
