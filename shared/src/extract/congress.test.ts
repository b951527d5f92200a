import { describe, expect, it } from "vitest";
import { extractCongress, parseOrdinal } from "./congress.ts";
import { prepare } from "./scan.ts";

describe("parseOrdinal", () => {
  it("reads roman numerals, words and digits", () => {
    expect(parseOrdinal("I")).toBe(1);
    expect(parseOrdinal("Nhất")).toBe(1);
    expect(parseOrdinal("XIV")).toBe(14);
    expect(parseOrdinal("XXV")).toBe(25);
    expect(parseOrdinal("21")).toBe(21);
    expect(parseOrdinal("foo")).toBeNull();
  });
});

describe("extractCongress", () => {
  it("reads the seed congress", () => {
    const text = [
      "Trong 2 ngày 22-23/7, Đảng bộ phường Kỳ Sơn đã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
      "Dự Đại hội có 220 đảng viên đại diện cho 1.789 đảng viên trên địa bàn phường.",
      "Đảng bộ phường Kỳ Sơn có 54 tổ chức cơ sở Đảng trực thuộc với 1.789 đảng viên.",
      "Đại hội đã công bố Quyết định của Ban Thường vụ Tỉnh ủy về việc chỉ định 30 đồng chí tham gia Ban Chấp hành Đảng bộ phường, 10 đồng chí vào Ban Thường vụ và Bí thư, Phó Bí thư Đảng ủy. Đồng chí Hoàng Văn Minh được chỉ định làm Bí thư Đảng ủy phường Kỳ Sơn nhiệm kỳ 2025-2030.",
    ].join("\n\n");
    const { fact, consumed } = extractCongress(prepare(text));
    expect(fact).toMatchObject({
      body: "Đảng bộ phường Kỳ Sơn",
      ordinal: 1,
      term: "2025-2030",
      delegates: 220,
      partyMembers: 1789,
      baseOrganizations: 54,
      executiveCommittee: 30,
      standingCommittee: 10,
      secretary: "Hoàng Văn Minh",
    });
    expect(fact!.text).toBe(text.slice(fact!.start, fact!.end));
    expect(consumed.length).toBeGreaterThan(2);
  });
  it("committees told with 'gồm', the province's standing committee left out", () => {
    const { fact } = extractCongress(
      prepare(
        "Đảng bộ xã Tân Lạc tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã khóa I gồm 33 đồng chí, Ban Thường vụ gồm 11 đồng chí. Đồng chí Bùi Văn Thắng được chỉ định giữ chức Bí thư Đảng ủy xã.",
      ),
    );
    expect(fact).toMatchObject({
      term: "2025-2030",
      executiveCommittee: 33,
      standingCommittee: 11,
      secretary: "Bùi Văn Thắng",
    });
  });
  it("the national congress is not a local one", () => {
    expect(
      extractCongress(
        prepare(
          "chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; Nghị quyết Đại hội XIII của Đảng",
        ),
      ).fact,
    ).toBeNull();
  });
});

describe("plain delegate counts", () => {
  it("'có 286 đại biểu' without a qualifier; delegates to the upper congress are not", () => {
    const { fact } = extractCongress(
      prepare(
        "Đại hội Đảng bộ xã Phong Phú lần thứ XXI, nhiệm kỳ 2020 - 2025 có 286 đại biểu. Đại hội bầu 15 đại biểu đi dự Đại hội cấp trên.",
      ),
    );
    expect(fact).toMatchObject({ ordinal: 21, term: "2020-2025", delegates: 286 });
  });
});

describe("abbreviated committees", () => {
  it("BCH and BTV", () => {
    const { fact } = extractCongress(
      prepare(
        "Đại hội Đảng bộ xã Phong Phú lần thứ I, nhiệm kỳ 2025 - 2030. BCH Đảng bộ xã gồm 25 đồng chí, BTV gồm 7 đồng chí.",
      ),
    );
    expect(fact).toMatchObject({ executiveCommittee: 25, standingCommittee: 7 });
  });
  it("a branch's congress under its parent; delegates 'ưu tú thay mặt cho hơn'", () => {
    const branch = extractCongress(
      prepare(
        "Ngày 10/4/2025, Chi bộ bản Pa So thuộc Đảng bộ thị trấn Phong Thổ tổ chức Đại hội điểm nhiệm kỳ 2025 - 2027.",
      ),
    ).fact;
    expect(branch).toMatchObject({ body: "Chi bộ bản Pa So", term: "2025-2027" });
    const commune = extractCongress(
      prepare(
        "Đảng bộ xã Bát Xát tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với 250 đại biểu ưu tú thay mặt cho hơn 3.000 đảng viên đang sinh hoạt tại 46 chi, đảng bộ cơ sở.",
      ),
    ).fact;
    expect(commune).toMatchObject({ delegates: 250, partyMembers: 3000, baseOrganizations: 46 });
  });
});
