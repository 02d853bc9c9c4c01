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
 * The room's limits (README "Running a room at a venue"), per minute. Per phone (its anonymous
 * cookie): what one resident can reasonably do. Per network address: what a whole room can do,
 * because many venues put every phone behind one address (a router or guest network doing NAT),
 * so a shared address must never silence the room; it only stops a script that drops its cookie
 * from flooding without bound. Reads: a phone's page polls every 10 s, so 1,000 phones behind one
 * address make about 6,000 a minute.
 */
export const ROOM_LIMITS = {
  questionsPerDevice: 5,
  questionsPerAddress: 120,
  supportsPerDevice: 60,
  supportsPerAddress: 1200,
  readsPerDevice: 120,
  readsPerAddress: 12000,
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
