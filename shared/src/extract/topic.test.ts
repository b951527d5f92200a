import { describe, expect, it } from "vitest";
import { classifyTopics } from "./topic.ts";

describe("classifyTopics", () => {
  it("finds an emulation article and says why", () => {
    const topics = classifyTopics(
      "Phường Kỳ Sơn phát động phong trào thi đua, yêu nước năm 2026",
      "UBND phường tặng Giấy khen cho 16 tập thể; tặng danh hiệu Chiến sĩ thi đua cơ sở cho 55 cá nhân.",
    );
    expect(topics.map((t) => t.topic)).toEqual(["emulation"]);
    expect(topics[0]!.evidence).toContain("giấy khen");
  });
  it("finds a party congress", () => {
    const topics = classifyTopics(
      "Tập trung xây dựng Đảng bộ phường Kỳ Sơn trong sạch, vững mạnh",
      "Đảng bộ phường Kỳ Sơn đã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030 với 220 đảng viên đại diện cho 1.789 đảng viên.",
    );
    expect(topics.map((t) => t.topic)).toEqual(["party_congress"]);
  });
  it("does not make a congress article of a salute to the national congress", () => {
    const topics = classifyTopics(
      "Cụm Thi đua số 1 phát động phong trào thi đua yêu nước năm 2026",
      "Các phong trào thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; Nghị quyết Đại hội XIII của Đảng. Đề nghị tặng Cờ thi đua và Bằng khen.",
    );
    expect(topics.map((t) => t.topic)).toEqual(["emulation"]);
  });
  it("returns [] off topic", () => {
    expect(
      classifyTopics("Tràng An đón lượng khách kỷ lục", "Khu du lịch đón gần 25.000 lượt khách."),
    ).toEqual([]);
  });
  it("a sports congress is no party congress; one emulation phrase in passing is no topic", () => {
    expect(
      classifyTopics(
        "Khai mạc Đại hội Thể dục thể thao xã Ea Kar lần thứ III năm 2025",
        "Đại hội có hơn 600 vận động viên tham gia. Đại hội nhằm tạo khí thế thi đua rèn luyện thân thể. Đại hội diễn ra đến hết ngày 27/7.",
      ),
    ).toEqual([]);
    expect(
      classifyTopics(
        "Công an xã ra quân bảo đảm trật tự an toàn giao thông",
        "Trong đợt cao điểm, Công an xã phát động phong trào thi đua trong cán bộ, chiến sĩ.",
      ),
    ).toEqual([]);
  });
  it("Party badges are commendations", () => {
    expect(
      classifyTopics(
        "Phường Mường Thanh trao Huy hiệu Đảng đợt 7/11 cho 28 đảng viên",
        "Đảng ủy phường tổ chức Lễ trao tặng Huy hiệu Đảng cho 28 đảng viên.",
      ).map((t) => t.topic),
    ).toEqual(["emulation"]);
  });
});
