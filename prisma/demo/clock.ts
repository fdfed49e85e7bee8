// The demo replays a year of work through the real commands, which take the time from the
// clock (new Date(), Prisma's now() and @updatedAt). Rather than give every command a `now`
// parameter only the demo would use, the demo moves the process's clock to each step's
// moment: createdAt, submittedAt, audit times and the publish-date rule then agree with the
// story. Imported first by prisma/demo.ts, so every Date the script makes is a clock date.
const RealDate = Date;
let offset = 0;

class ClockDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...(args as [string | number | Date]));
  }

  static now(): number {
    return RealDate.now() + offset;
  }

  // Dates made before the clock was installed (module constants) are still dates.
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof RealDate;
  }
}

globalThis.Date = ClockDate as DateConstructor;

/** From now on the clock reads `moment` and runs on from there. */
export function setClock(moment: Date): void {
  offset = moment.getTime() - RealDate.now();
}

export function resetClock(): void {
  offset = 0;
}
