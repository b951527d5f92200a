import { describe, expect, it } from "vitest";
import { LabelStudioTask, TAXONOMY } from "../schema/index.ts";
import { labelStudioConfig, toLabelStudioJson } from "./label-studio.ts";
import { demoDocument } from "./test-fixtures.ts";

describe("Label Studio tasks", () => {
  const tasks = JSON.parse(toLabelStudioJson([demoDocument()]));

  it("is a JSON array of tasks with data.text and predictions in the documented import shape", () => {
    expect(Array.isArray(tasks)).toBe(true);
    const task = LabelStudioTask.parse(tasks[0]);
    expect(task.predictions).toHaveLength(1);
    const results = task.predictions[0]!.result;
    expect(results).toHaveLength(4);
    for (const r of results) {
      expect(r).toMatchObject({ from_name: "label", to_name: "text", type: "labels" });
      expect(task.data.text.slice(r.value.start, r.value.end)).toBe(r.value.text);
    }
    expect(results.map((r) => r.value.labels[0])).toEqual(["person", "award", "locality", "metric"]);
  });

  it("ships a labeling config whose names match the results and lists every tag", () => {
    const xml = labelStudioConfig();
    expect(xml).toContain('<Labels name="label" toName="text">');
    expect(xml).toContain('<Text name="text" value="$text"');
    for (const t of TAXONOMY) expect(xml).toContain(`<Label value="${t.id}" background="${t.color}"`);
  });
});
