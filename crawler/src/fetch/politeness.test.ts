import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HostPoliteness } from "./politeness.ts";
import { backoffDelay, isRetryableStatus, parseRetryAfter } from "./retry.ts";

describe("HostPoliteness", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  /** Records the fake-clock time at which each acquire resolves. */
  function starts(gate: HostPoliteness, urls: string[], holdMs = 0): number[] {
    const at: number[] = [];
    for (const url of urls)
      void gate.acquire(url).then((release) => {
        at.push(Date.now());
        setTimeout(release, holdMs);
      });
    return at;
  }

  it("spaces requests to one host by the minimum delay, counted from the end of the previous one", async () => {
    const gate = new HostPoliteness({ maxConcurrency: 1, minDelayMs: 1000 });
    const at = starts(gate, ["http://a.vn/1", "http://a.vn/2", "http://a.vn/3"], 300);
    await vi.advanceTimersByTimeAsync(5000);
    expect(at).toEqual([0, 1300, 2600]);
  });

  it("spaces request starts by the minimum delay when several may be in flight", async () => {
    const gate = new HostPoliteness({ maxConcurrency: 3, minDelayMs: 1000 });
    const at = starts(gate, ["http://a.vn/1", "http://a.vn/2", "http://a.vn/3"], 5000);
    await vi.advanceTimersByTimeAsync(3000);
    expect(at).toEqual([0, 1000, 2000]);
  });

  it("lets different hosts go at once", async () => {
    const gate = new HostPoliteness({ maxConcurrency: 1, minDelayMs: 1000 });
    const at = starts(gate, ["http://a.vn/1", "http://b.vn/1", "http://c.vn/1"]);
    await vi.advanceTimersByTimeAsync(0);
    expect(at).toEqual([0, 0, 0]);
  });

  it("holds the concurrency limit while requests are in flight", async () => {
    const gate = new HostPoliteness({ maxConcurrency: 2, minDelayMs: 0 });
    const at = starts(gate, ["http://a.vn/1", "http://a.vn/2", "http://a.vn/3"], 500);
    await vi.advanceTimersByTimeAsync(2000);
    expect(at).toEqual([0, 0, 500]);
  });

  it("applies a source's override to its host only", async () => {
    const gate = new HostPoliteness({ maxConcurrency: 1, minDelayMs: 1000 });
    gate.configure("fast.vn", { minDelayMs: 200 });
    const at = starts(gate, ["http://fast.vn/1", "http://fast.vn/2"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(at).toEqual([0, 200]);
    expect(gate.limitsOf("slow.vn")).toEqual({ maxConcurrency: 1, minDelayMs: 1000 });
  });

  it("backs the whole host off (Retry-After)", async () => {
    const gate = new HostPoliteness({ maxConcurrency: 1, minDelayMs: 0 });
    gate.backoff("http://a.vn/x", 3000);
    const at = starts(gate, ["http://a.vn/1"]);
    await vi.advanceTimersByTimeAsync(4000);
    expect(at).toEqual([3000]);
  });

  it("ignores a second release of the same slot", async () => {
    const gate = new HostPoliteness({ maxConcurrency: 1, minDelayMs: 0 });
    const release = await gate.acquire("http://a.vn/1");
    release();
    release();
    const second = await gate.acquire("http://a.vn/2");
    let thirdStarted = false;
    void gate.acquire("http://a.vn/3").then(() => {
      thirdStarted = true;
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(thirdStarted).toBe(false);
    second();
    await vi.advanceTimersByTimeAsync(0);
    expect(thirdStarted).toBe(true);
  });
});

describe("retry", () => {
  it("reads Retry-After as seconds or as an HTTP date, capped", () => {
    const now = Date.parse("2025-06-01T00:00:00Z");
    expect(parseRetryAfter("2", now)).toBe(2000);
    expect(parseRetryAfter("Sun, 01 Jun 2025 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("86400", now)).toBe(120_000);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it("doubles the backoff per retry up to the cap", () => {
    expect([0, 1, 2, 10].map((n) => backoffDelay(n, 500, 30_000))).toEqual([500, 1000, 2000, 30_000]);
  });

  it("retries overload and server errors, not client errors", () => {
    expect([429, 500, 503, 408].every(isRetryableStatus)).toBe(true);
    expect([404, 403, 410, 200].some(isRetryableStatus)).toBe(false);
  });
});
