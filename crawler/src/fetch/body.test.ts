import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ResponseTooLargeError, readCapped } from "./body.ts";

const chunks = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p, "utf8")));

describe("readCapped", () => {
  it("joins the chunks of a body under the cap", async () => {
    expect((await readCapped(chunks("<p>Thi ", "đua</p>"), 100)).toString("utf8")).toBe("<p>Thi đua</p>");
  });

  it("gives up past the cap, destroying the stream", async () => {
    const stream = chunks("a".repeat(60), "b".repeat(60));
    await expect(readCapped(stream, 100)).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(stream.destroyed).toBe(true);
  });
});
