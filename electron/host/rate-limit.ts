/**
 * Token buckets per key (a device id, an address): `capacity` requests at once, refilled evenly at
 * `capacity` per `windowMs`. Memory stays bounded: idle full buckets are dropped on a sweep.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private calls = 0;

  constructor(
    readonly capacity: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`; false when the bucket is empty (answer 429). */
  take(key: string): boolean {
    const t = this.now();
    if (++this.calls % 1000 === 0) this.sweep(t);
    const rate = this.capacity / this.windowMs;
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: t };
    b.tokens = Math.min(this.capacity, b.tokens + (t - b.at) * rate);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private sweep(t: number): void {
    const rate = this.capacity / this.windowMs;
    for (const [key, b] of this.buckets) if (b.tokens + (t - b.at) * rate >= this.capacity) this.buckets.delete(key);
  }
}

/**
 * The room's limits (README "Running a room at a venue"): per phone (its anonymous cookie) and per
 * network address (a phone that drops its cookie is still counted), per minute.
 */
export const ROOM_LIMITS = {
  questionsPerDevice: 5,
  questionsPerAddress: 30,
  supportsPerDevice: 60,
  supportsPerAddress: 300,
  readsPerDevice: 120,
  readsPerAddress: 1200,
  /** Requests naming a code that does not exist (guessing), per address. */
  badCodesPerAddress: 20,
} as const;

export function createRoomLimiters(now: () => number = Date.now) {
  const minute = 60_000;
  return {
    questionDevice: new RateLimiter(ROOM_LIMITS.questionsPerDevice, minute, now),
    questionAddress: new RateLimiter(ROOM_LIMITS.questionsPerAddress, minute, now),
    supportDevice: new RateLimiter(ROOM_LIMITS.supportsPerDevice, minute, now),
    supportAddress: new RateLimiter(ROOM_LIMITS.supportsPerAddress, minute, now),
    readDevice: new RateLimiter(ROOM_LIMITS.readsPerDevice, minute, now),
    readAddress: new RateLimiter(ROOM_LIMITS.readsPerAddress, minute, now),
    badCode: new RateLimiter(ROOM_LIMITS.badCodesPerAddress, minute, now),
  };
}
export type RoomLimiters = ReturnType<typeof createRoomLimiters>;
