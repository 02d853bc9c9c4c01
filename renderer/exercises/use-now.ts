import { useEffect, useState } from 'react';

/** The current time, refreshed every `ms` while mounted: the console's clock reads from it, never keeps its own count. */
export function useNow(ms = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
