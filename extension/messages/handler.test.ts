import { describe, expect, it } from "vitest";
import { handlerFor } from "./handler.ts";
import { envelopeOf, MESSAGES, TabMessage } from "./schemas.ts";

function call(handler: ReturnType<typeof handlerFor>, body: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    void handler({ name: "x" as never, body }, { send: resolve });
  });
}

const validSave = {
  url: "https://kyson.phutho.gov.vn/tin-tuc/1",
  pageTitle: "Phường Kỳ Sơn",
  quote: { type: "TextQuoteSelector", exact: "Bằng khen" },
  position: { type: "TextPositionSelector", start: 10, end: 19 },
  tag: "award",
  note: null,
  value: 5,
};

describe("message validation", () => {
  it("refuses a request whose field is wrong, naming it, without running the handler", async () => {
    let ran = false;
    const handler = handlerFor("save-annotation", async () => {
      ran = true;
      throw new Error("unreachable");
    });
    const answer = await call(handler, { ...validSave, tag: "prize" });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^save-annotation request: tag: /) });
    expect(ran).toBe(false);
    const noUrl = await call(handler, { ...validSave, url: "javascript:alert(1)" });
    expect(noUrl).toMatchObject({
      ok: false,
      error: expect.stringContaining("save-annotation request: url:"),
    });
  });

  it("refuses a response that does not match its schema", async () => {
    const handler = handlerFor("delete-annotation", async () => ({ deleted: "yes" }) as never);
    const answer = await call(handler, { id: "urn:uuid:00000000-0000-4000-8000-000000000001" });
    expect(answer).toMatchObject({
      ok: false,
      error: expect.stringContaining("delete-annotation response: deleted:"),
    });
  });

  it("answers a valid request with the handler's data in an envelope the client accepts", async () => {
    const handler = handlerFor("report-anchoring", async ({ outcomes }) => ({ recorded: outcomes.length }));
    const answer = await call(handler, {
      url: "https://kyson.phutho.gov.vn/tin-tuc/1",
      outcomes: [{ annotationId: "urn:uuid:00000000-0000-4000-8000-000000000001", method: "fuzzy" }],
    });
    expect(answer).toEqual({ ok: true, data: { recorded: 1 } });
    expect(envelopeOf(MESSAGES["report-anchoring"].response).parse(answer)).toEqual(answer);
  });

  it("accepts only known tab messages", () => {
    expect(TabMessage.safeParse({ type: "vnfacts:refresh" }).success).toBe(true);
    expect(TabMessage.safeParse({ type: "vnfacts:scroll-to", id: "x" }).success).toBe(false);
    expect(TabMessage.safeParse({ type: "eval", code: "1" }).success).toBe(false);
  });
});
