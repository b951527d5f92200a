import type { FixtureArticleInput, FixtureManifest as FixtureManifestType } from "@vnfacts/shared";
import { FixtureManifest } from "@vnfacts/shared";
import type { LoadedFixtures } from "./fixtures.ts";

/**
 * A generated portal of N articles for the crawler benchmark: newspaper layout, deterministic text
 * (the same N gives the same pages), a third on each topic and a third off topic.
 */
const WARDS = [
  "Kỳ Sơn",
  "Việt Trì",
  "Hòa Bình",
  "Phú Thọ",
  "Hoa Lư",
  "Tam Điệp",
  "Nam Định",
  "Phủ Lý",
  "Hưng Yên",
  "Thái Bình",
  "Kiến Xương",
  "Tiền Hải",
  "Kon Tum",
  "Quảng Ngãi",
  "Đăk Hà",
  "Sơn Tịnh",
];
const AUTHORS = ["Minh Anh", "Thu Hà", "Quang Huy", "Ngọc Lan", "Văn Tùng", "Hải Yến"];
const DAY_MS = 86_400_000;
/** Article k is published k × 3 hours before this instant. */
const NEWEST = Date.parse("2026-01-31T08:00:00+07:00");

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function isoDay(epochMs: number): string {
  return new Date(epochMs + 7 * 3600_000).toISOString().slice(0, 10);
}

function articleText(k: number): {
  title: string;
  paragraphs: string[];
  topic: "emulation" | "party_congress" | null;
} {
  const ward = pick(WARDS, k);
  const a = 3 + (k % 17);
  const b = 10 + ((k * 7) % 40);
  const c = 20 + ((k * 13) % 60);
  switch (k % 3) {
    case 0:
      return {
        topic: "emulation",
        title: `Phường ${ward} tổng kết công tác thi đua, khen thưởng (bản tin số ${k})`,
        paragraphs: [
          `Ngày ${1 + (k % 28)}/${1 + (k % 12)}, UBND phường ${ward} tổ chức hội nghị tổng kết công tác thi đua, khen thưởng và phát động phong trào thi đua yêu nước năm mới.`,
          `Năm qua, các phong trào thi đua được triển khai sâu rộng, gắn với nhiệm vụ chính trị của địa phương; phường hoàn thành ${a}/${a} chỉ tiêu kinh tế - xã hội.`,
          `Dịp này, ${a} cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh; UBND phường tặng Giấy khen cho ${b} tập thể, ${c} cá nhân có thành tích xuất sắc.`,
          `Hội nghị cũng tổ chức ký kết giao ước thi đua giữa các tổ dân phố và các đoàn thể chính trị - xã hội.`,
        ],
      };
    case 1:
      return {
        topic: "party_congress",
        title: `Đại hội đại biểu Đảng bộ xã ${ward} lần thứ I, nhiệm kỳ 2025-2030 (bản tin số ${k})`,
        paragraphs: [
          `Trong 2 ngày, Đảng bộ xã ${ward} tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.`,
          `Dự Đại hội có ${100 + b} đại biểu đại diện cho ${1000 + c * 10} đảng viên trong toàn Đảng bộ.`,
          `Đại hội đã công bố quyết định chỉ định ${20 + (k % 15)} đồng chí tham gia Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025-2030.`,
          `Đại hội đề ra ${a} chỉ tiêu phát triển kinh tế - xã hội và ${1 + (k % 4)} khâu đột phá cho nhiệm kỳ mới.`,
        ],
      };
    default:
      return {
        topic: null,
        title: `Nông dân ${ward} xuống giống vụ mới (bản tin số ${k})`,
        paragraphs: [
          `Những ngày này, nông dân xã ${ward} tranh thủ thời tiết thuận lợi để xuống giống vụ mới.`,
          `Toàn xã phấn đấu gieo cấy ${c * 10} ha lúa, trong đó ${b}% diện tích sử dụng giống chất lượng cao.`,
          `Cán bộ khuyến nông thường xuyên có mặt trên đồng ruộng để hướng dẫn bà con chăm sóc, phòng trừ sâu bệnh.`,
        ],
      };
  }
}

/** Builds the manifest and bodies of a synthetic portal with `count` articles. */
export function generateSyntheticFixtures(count: number): LoadedFixtures {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`synthetic.articles: expected a positive integer, got ${count}`);
  const articles: FixtureArticleInput[] = [];
  const bodies = new Map<string, string>();
  for (let k = 1; k <= count; k++) {
    const { title, paragraphs, topic } = articleText(k);
    const id = `syn-${k}`;
    const published = NEWEST - k * (DAY_MS / 8);
    const day = isoDay(published);
    const author = pick(AUTHORS, k);
    articles.push({
      id,
      path: `/${slugify(title)}-${100000 + k}.htm`,
      file: `articles/${id}.txt`,
      title,
      publicationDate: { value: day, precision: "day", raw: day },
      topic,
      section: "Tin tức",
      listing: "tin-tuc",
      authors: [author],
      byline: author,
      lead: paragraphs[0]!,
    });
    bodies.set(id, paragraphs.join("\n\n"));
  }
  const manifest: FixtureManifestType = FixtureManifest.parse({
    family: "generic",
    portal: {
      id: "demo-synthetic",
      name: "Cổng tin tổng hợp (demo, sinh tự động)",
      province: "Phú Thọ",
      level: "province",
      kind: "newspaper",
    },
    listings: [{ slug: "tin-tuc", title: "Tin tức" }],
    articles,
  });
  return { manifest, bodies };
}
