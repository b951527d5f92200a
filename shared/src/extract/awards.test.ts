import { describe, expect, it } from "vitest";
import { extractAwards } from "./awards.ts";
import { prepare } from "./scan.ts";

const awards = (text: string) =>
  extractAwards(prepare(text)).map((a) => [a.form, a.issuer, a.recipientKind, a.count, a.status]);

describe("extractAwards", () => {
  it("one fact per recipient group, the issuer carried over the ';' list", () => {
    expect(
      awards(
        "UBND phường tặng Giấy khen cho 16 tập thể và 5 hộ gia đình có thành tích xuất sắc; tặng Giấy khen cho 32 tập thể, 41 cá nhân; tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025 cho 55 cá nhân.",
      ),
    ).toEqual([
      ["Giấy khen", "UBND phường", "tập thể", 16, "conferred"],
      ["Giấy khen", "UBND phường", "hộ gia đình", 5, "conferred"],
      ["Giấy khen", "UBND phường", "tập thể", 32, "conferred"],
      ["Giấy khen", "UBND phường", "cá nhân", 41, "conferred"],
      ["Chiến sĩ thi đua cơ sở", "UBND phường", "cá nhân", 55, "conferred"],
    ]);
  });
  it("'đề nghị' makes the rest of the sentence proposed", () => {
    expect(
      awards(
        "Cụm đã bình xét, đề nghị Chính phủ tặng Cờ Thi đua xuất sắc cho 1 đơn vị; UBND tỉnh tặng Cờ Thi đua cho 1 đơn vị; Chủ tịch UBND tỉnh tặng Bằng khen cho 4 đơn vị tiêu biểu.",
      ),
    ).toEqual([
      ["Cờ thi đua", "Chính phủ", "đơn vị", 1, "proposed"],
      ["Cờ thi đua", "UBND tỉnh", "đơn vị", 1, "proposed"],
      ["Bằng khen", "Chủ tịch UBND tỉnh", "đơn vị", 4, "proposed"],
    ]);
  });
  it("a caption and the body telling the same award are one fact", () => {
    expect(
      awards(
        "Thừa ủy quyền Thủ tướng Chính phủ, Chủ tịch UBND phường Kỳ Sơn Nguyễn Hữu Cường trao tặng Bằng khen cho 5 cá nhân phường Kỳ Sơn\n\nNhân dịp này, có 5 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ vì có thành tích.",
      ),
    ).toEqual([["Bằng khen", "Thủ tướng Chính phủ", "cá nhân", 5, "conferred"]]);
    expect(
      awards(
        "Lãnh đạo phường trao Giấy khen cho các tập thể.\n\nChủ tịch UBND phường tặng Giấy khen cho 40 cá nhân và 6 tập thể.",
      ),
    ).toEqual([
      ["Giấy khen", "Chủ tịch UBND phường", "cá nhân", 40, "conferred"],
      ["Giấy khen", "Chủ tịch UBND phường", "tập thể", 6, "conferred"],
    ]);
  });
  it("recipients before the form, shared by chained forms, uncounted", () => {
    expect(
      awards(
        "Tại hội nghị, 2 cá nhân được nhận bằng khen của Thủ tướng Chính phủ; nhiều tập thể, cá nhân được nhận bằng khen của UBND tỉnh và giấy khen của UBND huyện.",
      ),
    ).toEqual([
      ["Bằng khen", "Thủ tướng Chính phủ", "cá nhân", 2, "conferred"],
      ["Bằng khen", "UBND tỉnh", "tập thể, cá nhân", null, "conferred"],
      ["Giấy khen", "UBND huyện", "tập thể, cá nhân", null, "conferred"],
    ]);
    expect(awards("35 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.")).toEqual([
      ["Bằng khen", "Chủ tịch UBND tỉnh", "cá nhân", 35, "conferred"],
    ]);
  });
  it("generic commendation needs counted recipients; leading zeros", () => {
    expect(
      awards(
        "UBND phường Quang Trung đã biểu dương, khen thưởng 06 tập thể, 36 cá nhân điển hình tiên tiến.",
      ),
    ).toEqual([
      ["Khen thưởng", "UBND phường Quang Trung", "tập thể", 6, "conferred"],
      ["Khen thưởng", "UBND phường Quang Trung", "cá nhân", 36, "conferred"],
    ]);
    expect(
      awards("công tác thi đua, khen thưởng năm 2025; chú trọng khen thưởng người lao động trực tiếp"),
    ).toEqual([]);
    expect(awards("tỷ lệ hộ đạt danh hiệu gia đình văn hoá hằng năm trên 90%")).toEqual([]);
  });
  it("orders keep their name and rank", () => {
    expect(awards("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể.")).toEqual([
      ["Huân chương Lao động hạng Ba", "Chủ tịch nước", "tập thể", 2, "conferred"],
    ]);
  });
});

describe("more award shapes", () => {
  it("a quoted title with thousands in the count, and 'tặng thưởng'", () => {
    expect(awards("UBND xã công nhận danh hiệu “Gia đình văn hóa” cho 1.200 hộ.")).toEqual([
      ["Gia đình văn hóa", "UBND xã", "hộ", 1200, "conferred"],
    ]);
    expect(awards("Ông được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì.")).toEqual([
      ["Huân chương Lao động hạng Nhì", "Chủ tịch nước", null, null, "conferred"],
    ]);
  });
});

describe("issuers outside the list", () => {
  it("an organisation after 'của', a subject before the verb, never a presenter", () => {
    expect(awards("Trao Bằng khen của Trung ương Hội Nông dân Việt Nam cho 5 hội viên.")).toEqual([
      ["Bằng khen", "Trung ương Hội Nông dân Việt Nam", "hội viên", 5, "conferred"],
    ]);
    expect(awards("Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 80 hộ.")).toEqual([
      ["Giấy khen", "Ban Thường vụ Hội Nông dân tỉnh", "hộ", 80, "conferred"],
    ]);
    expect(awards("Lãnh đạo phường Kỳ Sơn trao tặng Giấy khen cho 3 tập thể.")).toEqual([
      ["Giấy khen", null, "tập thể", 3, "conferred"],
    ]);
  });
  it("a named or counted unit receives as a whole", () => {
    expect(
      awards(
        "đề nghị UBND tỉnh tặng Cờ thi đua cho xã Hải Hậu; đề nghị tặng Bằng khen cho 2 xã Giao Thủy và Nghĩa Hưng.",
      ),
    ).toEqual([
      ["Cờ thi đua", "UBND tỉnh", "xã", 1, "proposed"],
      ["Bằng khen", null, "xã", 2, "proposed"],
    ]);
  });
});

describe("groups after a description; presenters by name", () => {
  it("'… và 25 đảng viên' after a described first group, in the same clause", () => {
    expect(
      awards(
        "Đảng ủy xã tặng Giấy khen cho 8 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ 5 năm liền (2021 - 2025) và 25 đảng viên tiêu biểu; UBND xã tặng Giấy khen cho 3 hộ.",
      ),
    ).toEqual([
      ["Giấy khen", "Đảng ủy xã", "tổ chức cơ sở đảng", 8, "conferred"],
      ["Giấy khen", "Đảng ủy xã", "đảng viên", 25, "conferred"],
      ["Giấy khen", "UBND xã", "hộ", 3, "conferred"],
    ]);
  });
  it("a named presenter is not the issuer, and the caption merges", () => {
    expect(
      awards(
        "Đồng chí Đinh Quang Tuyên trao Huy hiệu 40 năm tuổi Đảng cho các đảng viên.\n\nĐảng ủy xã trao Huy hiệu Đảng cho 12 đảng viên.",
      ),
    ).toEqual([["Huy hiệu Đảng", "Đảng ủy xã", "đảng viên", 12, "conferred"]]);
  });
});

describe("one named person before the form", () => {
  it("'bà … được truy tặng Huy hiệu …'", () => {
    expect(
      awards(
        "Dịp này, bà Bùi Thị Nhung, nguyên Chủ tịch Hội Liên hiệp Phụ nữ huyện được truy tặng Huy hiệu 30 năm tuổi Đảng.",
      ),
    ).toEqual([["Huy hiệu Đảng", null, "cá nhân", 1, "conferred"]]);
  });
  it("a later counted group stops at the next award form", () => {
    expect(
      awards(
        "Bộ trưởng Bộ Quốc phòng tặng Cờ thi đua cho 1 đơn vị, Bằng khen cho 6 tập thể và 11 cá nhân.",
      ).map(([form, , kind, count]) => [form, kind, count]),
    ).toEqual([
      ["Cờ thi đua", "đơn vị", 1],
      ["Bằng khen", "tập thể", 6],
      ["Bằng khen", "cá nhân", 11],
    ]);
  });
  it("a batch between the form and its recipients; a fraction is a statistic, not recipients", () => {
    expect(awards("Lễ trao tặng Huy hiệu Đảng đợt 7/11/2025 cho 28 đảng viên.")).toEqual([
      ["Huy hiệu Đảng", null, "đảng viên", 28, "conferred"],
    ]);
    expect(awards('Toàn xã có 3.650/3.900 hộ đạt danh hiệu "Gia đình văn hóa", đạt 93,6%.')).toEqual([]);
  });
  it("a commune's 'Đảng bộ, chính quyền và Nhân dân' is the named unit; a presenter's caption retells", () => {
    expect(
      awards(
        "Lễ đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước.\n\nÔng Lâm Văn Bi trao Huân chương Lao động hạng Ba của Chủ tịch nước cho Đảng bộ, chính quyền và Nhân dân xã Năm Căn.",
      ),
    ).toEqual([["Huân chương Lao động hạng Ba", "Chủ tịch nước", null, null, "conferred"]]);
    expect(
      awards(
        "Bà Lô Thị Kim Ngân, Chủ tịch Ủy ban MTTQ Việt Nam xã trao Giấy khen cho 20 gia đình.\n\nÔng Vi Văn Sơn, Chủ tịch UBND xã Con Cuông trao Giấy khen cho các gia đình.",
      ).map(([form, , kind, count]) => [form, kind, count]),
    ).toEqual([["Giấy khen", "gia đình", 20]]);
    expect(awards("Bà Triệu Thị Vui trao Bằng khen cho các tập thể.")).toEqual([
      ["Bằng khen", null, "tập thể", null, "conferred"],
    ]);
  });
});
