import { Cron } from "croner";

/** Portals publish on Vietnamese time; "every day at 6" means 6 in Hà Nội. */
export const SCHEDULE_TIMEZONE = "Asia/Ho_Chi_Minh";
/** Every four hours at minute 17 (off the hour, when everybody else's cron fires). */
export const DEFAULT_CRON = "17 */4 * * *";

/** Throws with croner's reason when the expression is not a valid cron pattern. */
export function validateCron(expression: string): void {
  new Cron(expression, { timezone: SCHEDULE_TIMEZONE, paused: true }).stop();
}

export interface ScheduledCrawl {
  nextRun(): Date | null;
  /** Runs now (still never overlapping a run in progress). */
  trigger(): Promise<void>;
  stop(): void;
}

export interface ScheduleHooks {
  /** A tick came while the previous run was still going: it is skipped. */
  onSkipped?(runningSince: Date | null): void;
  onError?(error: Error): void;
  /** Start paused (tests). */
  paused?: boolean;
}

/** Runs `run` on the cron pattern in Asia/Ho_Chi_Minh, never two at once (`protect`). */
export function scheduleCrawl(
  expression: string,
  run: () => Promise<void>,
  hooks: ScheduleHooks = {},
): ScheduledCrawl {
  const job = new Cron(
    expression,
    {
      timezone: SCHEDULE_TIMEZONE,
      protect: (running) => hooks.onSkipped?.(running.currentRun()),
      catch: (error) => hooks.onError?.(error as Error),
      paused: hooks.paused ?? false,
    },
    run,
  );
  return {
    nextRun: () => job.nextRun(),
    // croner's manual trigger ignores `protect`; a run on demand must not overlap either.
    trigger: async () => {
      if (job.isBusy()) hooks.onSkipped?.(job.currentRun());
      else await job.trigger();
    },
    stop: () => job.stop(),
  };
}
