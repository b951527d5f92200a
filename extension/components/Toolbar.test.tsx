// @vitest-environment jsdom
import { TAXONOMY } from "@vnfacts/shared";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { visibleTags } from "../lib/settings.ts";
import { Toolbar, type ToolbarChoice, type ToolbarProps } from "./Toolbar.tsx";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function render(overrides: Partial<ToolbarProps> = {}) {
  const chosen: ToolbarChoice[] = [];
  const events = { dismissed: 0, deleted: 0 };
  act(() =>
    root.render(
      <Toolbar
        mode="new"
        anchorRect={{ top: 100, bottom: 120, left: 50 }}
        quote="Bằng khen cho 5 cá nhân"
        tags={TAXONOMY}
        language="vi"
        onChoose={(c) => chosen.push(c)}
        onDismiss={() => {
          events.dismissed += 1;
        }}
        onDelete={() => {
          events.deleted += 1;
        }}
        {...overrides}
      />,
    ),
  );
  return { chosen, events };
}

const press = (key: string, target: EventTarget = document.body) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, composed: true }));
  });

function type(input: HTMLInputElement, value: string) {
  act(() => {
    // React tracks the value through the native setter.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("Toolbar", () => {
  it("shows the tags with Vietnamese labels and digit hints for the first nine", () => {
    render();
    const buttons = [...host.querySelectorAll<HTMLButtonElement>(".vnf-tag")];
    expect(buttons.map((b) => b.dataset.tag)).toEqual(TAXONOMY.map((t) => t.id));
    expect(buttons[0]!.textContent).toBe("Khen thưởng1");
    expect(buttons[9]!.querySelector("kbd")).toBeNull();
  });

  it("uses English labels and only the shown tags when the settings say so", () => {
    render({ language: "en", tags: visibleTags({ shownTags: ["person", "award"] }) });
    expect([...host.querySelectorAll(".vnf-tag")].map((b) => b.textContent)).toEqual(["Award1", "Person2"]);
  });

  it("tags with a click, carrying the note and a numeric value", () => {
    const { chosen } = render();
    type(host.querySelector<HTMLInputElement>(".vnf-note")!, "  Thủ tướng tặng ");
    type(host.querySelector<HTMLInputElement>(".vnf-value")!, "5");
    act(() => host.querySelector<HTMLButtonElement>('[data-tag="award"]')!.click());
    expect(chosen).toEqual([{ tag: "award", note: "Thủ tướng tặng", value: 5 }]);
  });

  it("tags with a digit key, but not while the digit is typed into the note; Esc dismisses", () => {
    const { chosen, events } = render();
    const note = host.querySelector<HTMLInputElement>(".vnf-note")!;
    press("3", note);
    expect(chosen).toEqual([]);
    press("3");
    expect(chosen).toEqual([{ tag: "locality", note: null, value: null }]);
    press("Escape", note);
    expect(events.dismissed).toBe(1);
  });

  it("in edit mode, marks the current tag and offers save and delete", () => {
    const { chosen, events } = render({
      mode: "edit",
      currentTag: "metric",
      initialNote: "cũ",
      initialValue: 16.9,
    });
    expect(host.querySelector(".vnf-current")?.getAttribute("data-tag")).toBe("metric");
    expect(host.querySelector<HTMLInputElement>(".vnf-value")!.value).toBe("16.9");
    act(() => host.querySelector<HTMLButtonElement>(".vnf-save")!.click());
    expect(chosen).toEqual([{ tag: "metric", note: "cũ", value: 16.9 }]);
    act(() => host.querySelector<HTMLButtonElement>(".vnf-delete")!.click());
    expect(events.deleted).toBe(1);
  });
});

describe("toolbar on a machine suggestion", () => {
  function renderSuggestion() {
    const verdicts: string[] = [];
    const r = render({
      mode: "suggestion",
      currentTag: "award",
      initialValue: 5,
      onDelete: undefined,
      onAccept: () => verdicts.push("accept"),
      onReject: () => verdicts.push("reject"),
    });
    return { ...r, verdicts };
  }

  it("accepts with A or Enter and rejects with X or Delete, shows the suggested tag and value", () => {
    const { verdicts, chosen } = renderSuggestion();
    expect(host.querySelector(".vnf-title")?.textContent).toBe("Gợi ý của máy");
    expect(host.querySelector(".vnf-current")?.getAttribute("data-tag")).toBe("award");
    expect(host.querySelector<HTMLInputElement>(".vnf-value")?.value).toBe("5");
    expect(host.querySelector(".vnf-delete")).toBeNull();
    press("a");
    press("Enter");
    press("x");
    press("Delete");
    expect(verdicts).toEqual(["accept", "accept", "reject", "reject"]);
    expect(chosen).toEqual([]);
  });

  it("corrects through a tag (digit or click) with the edited value; typing A in the note does not accept", () => {
    const { verdicts, chosen } = renderSuggestion();
    const note = host.querySelector<HTMLInputElement>(".vnf-note")!;
    type(note, "a");
    press("a", note);
    type(host.querySelector<HTMLInputElement>(".vnf-value")!, "6");
    press("9"); // the ninth tag: award_proposed
    expect(verdicts).toEqual([]);
    expect(chosen).toEqual([{ tag: "award_proposed", note: "a", value: 6 }]);
    act(() => host.querySelector<HTMLButtonElement>(".vnf-reject")!.click());
    expect(verdicts).toEqual(["reject"]);
  });
});
