import { describe, expect, it } from "vitest";
import { DEFAULT_CRON, scheduleCrawl, validateCron } from "./index.ts";

describe("scheduleCrawl", () => {
  it("never starts a run while the previous one is going", async () => {
    let runs = 0;
    let skipped = 0;
    let finish: () => void = () => {};
    const job = scheduleCrawl(
      DEFAULT_CRON,
      () => {
        runs++;
        return new Promise<void>((resolve) => {
          finish = resolve;
        });
      },
      { paused: true, onSkipped: () => skipped++ },
    );
    const first = job.trigger();
    await job.trigger();
    expect(runs).toBe(1);
    expect(skipped).toBe(1);
    finish();
    await first;
    const third = job.trigger();
    finish();
    await third;
    expect(runs).toBe(2);
    job.stop();
  });

  it("computes the next run in Asia/Ho_Chi_Minh", () => {
    const job = scheduleCrawl("0 6 * * *", async () => {}, { paused: true });
    // 06:00 in Hà Nội is 23:00 UTC the day before.
    expect(job.nextRun()!.getUTCHours()).toBe(23);
    job.stop();
  });

  it("rejects a broken pattern with croner's reason", () => {
    expect(() => validateCron("every hour")).toThrow(/CronPattern/);
    expect(() => validateCron(DEFAULT_CRON)).not.toThrow();
  });
});
