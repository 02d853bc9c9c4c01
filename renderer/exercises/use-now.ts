import { useEffect, useState } from 'react';
import { msToNextSecond } from '../../shared/logic';
import type { ModuleClock } from '../../shared/model';

/** The current time, refreshed every `ms` while mounted: the console's clock reads from it, never keeps its own count. */
export function useNow(ms = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/**
 * The current time for showing a module clock: refreshed right after the clock turns to its next
 * whole second (not on a timer started whenever the window opened), so the console and the
 * projector, which read the same stored clock, show the same second at the same moment.
 */
export function useClockNow(clock: ModuleClock | null | undefined): Date {
  const [now, setNow] = useState(() => new Date());
  const runningSince = clock?.runningSince ?? null;
  const accumulatedMs = clock?.accumulatedMs ?? 0;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      // A few ms past the turn, so the floor has moved on by the time the view reads it.
      const wait = msToNextSecond({ runningSince, accumulatedMs }, new Date()) + 5;
      timer = setTimeout(() => {
        setNow(new Date());
        schedule();
      }, wait);
    };
    setNow(new Date());
    schedule();
    return () => clearTimeout(timer);
  }, [runningSince, accumulatedMs]);
  return now;
}
