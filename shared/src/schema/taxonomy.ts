import * as z from "zod";
import { FACT_TYPES, type FactType } from "./fact.ts";

export const FactTypeId = z.enum(FACT_TYPES);

export const TaxonomyTag = z.object({
  /** Stable lowercase id; the eight top-level ids equal the fact types. */
  id: z.string().regex(/^[a-z][a-z_]*$/),
  labelVi: z.string().min(1),
  labelEn: z.string().min(1),
  /** Highlight colour, `#rrggbb`. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** The `Fact` type this tag maps to. */
  factType: FactTypeId,
  /** For finer tags: the top-level tag they refine. */
  parent: z.string().optional(),
  description: z.string().optional(),
});
export type TaxonomyTag = z.infer<typeof TaxonomyTag>;

/**
 * The one list of tags a reviewer can choose and the crawler emits. Order is the toolbar order
 * (digits 1–9 pick the first nine). Never rename an id: datasets refer to them.
 */
export const TAXONOMY = [
  {
    id: "award",
    labelVi: "Khen thưởng",
    labelEn: "Award",
    color: "#f4b400",
    factType: "award",
    description: "Hình thức khen thưởng, người/cơ quan tặng, đối tượng và số lượng",
  },
  {
    id: "person",
    labelVi: "Nhân vật",
    labelEn: "Person",
    color: "#4285f4",
    factType: "person",
    description: "Họ tên kèm chức vụ",
  },
  {
    id: "locality",
    labelVi: "Địa danh hành chính",
    labelEn: "Locality",
    color: "#0f9d58",
    factType: "locality",
    description: "Tỉnh, phường, xã, đặc khu; huyện, quận, thị xã, thị trấn trước 2025",
  },
  {
    id: "metric",
    labelVi: "Chỉ số",
    labelEn: "Metric",
    color: "#ab47bc",
    factType: "metric",
    description: "Số liệu có đơn vị: tiền, tỷ lệ, diện tích, số lượng",
  },
  { id: "date", labelVi: "Ngày sự kiện", labelEn: "Date", color: "#ff7043", factType: "date" },
  {
    id: "congress",
    labelVi: "Đại hội Đảng",
    labelEn: "Party congress",
    color: "#db4437",
    factType: "congress",
    description: "Đại hội đại biểu Đảng bộ: lần thứ, nhiệm kỳ, đại biểu, ban chấp hành",
  },
  {
    id: "legal_ref",
    labelVi: "Văn bản pháp lý",
    labelEn: "Legal reference",
    color: "#795548",
    factType: "legal_ref",
    description: "Luật, Nghị quyết, Chỉ thị, Quyết định…",
  },
  {
    id: "movement",
    labelVi: "Phong trào thi đua",
    labelEn: "Emulation movement",
    color: "#00acc1",
    factType: "movement",
  },
  {
    id: "award_proposed",
    labelVi: "Đề nghị khen thưởng",
    labelEn: "Proposed award",
    color: "#fbc02d",
    factType: "award",
    parent: "award",
    description: "Khen thưởng mới được đề nghị, chưa trao",
  },
  {
    id: "position",
    labelVi: "Chức vụ",
    labelEn: "Position",
    color: "#7baaf7",
    factType: "person",
    parent: "person",
  },
  {
    id: "metric_target",
    labelVi: "Chỉ tiêu đề ra",
    labelEn: "Target",
    color: "#ce93d8",
    factType: "metric",
    parent: "metric",
    description: "Chỉ tiêu phấn đấu, Nghị quyết đề ra",
  },
] as const satisfies readonly TaxonomyTag[];

export type TagId = (typeof TAXONOMY)[number]["id"];
export const TAG_IDS = TAXONOMY.map((t) => t.id) as [TagId, ...TagId[]];
export const TagIdSchema = z.enum(TAG_IDS);

const BY_ID = new Map<string, TaxonomyTag>(TAXONOMY.map((t) => [t.id, t]));

export function tagById(id: string): TaxonomyTag | undefined {
  return BY_ID.get(id);
}

/** The tag a machine fact is shown and exported under (finer tags where the fact says so). */
export function tagForFact(fact: { type: FactType; status?: string; kind?: string }): TagId {
  if (fact.type === "award" && fact.status === "proposed") return "award_proposed";
  if (fact.type === "metric" && fact.kind === "target") return "metric_target";
  return fact.type;
}
