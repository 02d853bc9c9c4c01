/**
 * Inject times as MSEL spreadsheets from different tools write them, turned into Convene's
 * scenario time (an offset from the start, `H:MM`).
 *
 * Offsets: `00:15`, `0:15`, `0:15:00` (what Excel writes for a time cell), `+00:15`, `T+1h`,
 * `T+90m`, `T+1h30m`, `T+1:30`, `+15m`, `15 min`, `1.5h`, `T+0`, and an Excel time serial (`0.0104`,
 * a fraction of a day). Clock times: `9:30 AM`, `07:29 PM`, `9 am`, `9:30 a.m.`, and `21:30` in a
 * column whose header says it holds clock times ("Real Time", "Clock", "Time of day"); these count
 * from the first row's clock time (a time earlier than the row before is taken as after midnight).
 */
export type MselTime = { kind: 'offset'; minutes: number } | { kind: 'clock'; minutes: number };

/** The forms an MSEL time may take, for messages. */
export const MSEL_TIME_FORMS = '00:15, 0:15:00, +00:15, T+1h, T+90m, 9:30 AM';

const HOURS_MAX = 999;

/** Headers (folded to letters) of columns that hold clock times rather than offsets. */
export const CLOCK_TIME_HEADERS = ['realtime', 'clock', 'clocktime', 'walltime', 'timeofday', 'horareal', 'hora', 'actualtime', 'deliverytime'];

/** Reads one cell; null when it is no time at all. `clockColumn`: a bare `21:30` is a clock time. */
export function readMselTime(value: string, clockColumn = false): MselTime | null {
  const v = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (v === '') return null;
  // 9:30 AM, 07:29 PM, 9 am, 9:30 a.m.
  const ampm = /^(\d{1,2})(?::([0-5]\d))?(?::([0-5]\d))? ?([ap])\.? ?m\.?$/.exec(v);
  if (ampm) {
    const h = Number(ampm[1]);
    if (h < 1 || h > 12) return null;
    const hour = (h % 12) + (ampm[4] === 'p' ? 12 : 0);
    return { kind: 'clock', minutes: hour * 60 + Number(ampm[2] ?? 0) };
  }
  // T+1h, T+90m, T+1h30m, +15m, 15 min, 1.5h, T+0, T+1:30, +00:15, 0:15:00
  const t = v.replace(/^t ?\+ ?/, '+').replace(/^t$/, '+0');
  const signed = t.startsWith('+');
  const body = signed ? t.slice(1).trim() : t;
  const hm = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$/.exec(body);
  if (hm) {
    const minutes = Number(hm[1]) * 60 + Number(hm[2]);
    if (!signed && clockColumn) return Number(hm[1]) < 24 ? { kind: 'clock', minutes } : null;
    return { kind: 'offset', minutes };
  }
  const units = /^(?:(\d+(?:\.\d+)?) ?(?:h|hr|hrs|hour|hours|hora|horas))? ?(?:(\d+) ?(?:m|min|mins|minute|minutes|minuto|minutos))?$/.exec(body);
  if (units && (units[1] !== undefined || units[2] !== undefined)) {
    return { kind: 'offset', minutes: Math.round(Number(units[1] ?? 0) * 60) + Number(units[2] ?? 0) };
  }
  if (signed && /^\d+$/.test(body)) return { kind: 'offset', minutes: Number(body) };
  // An Excel time serial: a fraction of a day (0.0104166 = 00:15).
  if (!signed && /^0?\.\d+$/.test(body)) return { kind: clockColumn ? 'clock' : 'offset', minutes: Math.round(Number(body) * 24 * 60) };
  return null;
}

/** Minutes → scenario time `H:MM` (`0:15`, `1:00`, `72:30`); null past 999:59. */
export function toScenarioTime(minutes: number): string | null {
  const h = Math.floor(minutes / 60);
  if (minutes < 0 || h > HOURS_MAX) return null;
  return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Turns a column of times into offsets from the start. Clock times count from the first clock
 * time (usually the first row); `problems` lists each row that cannot be read, by its index.
 */
export function toOffsets(times: readonly (MselTime | null)[]): { minutes: (number | null)[]; mixed: number | null } {
  let start: number | null = null;
  let previous: number | null = null;
  let dayShift = 0;
  let mixed: number | null = null;
  let sawOffset = false;
  const minutes = times.map((t, i) => {
    if (!t) return null;
    if (t.kind === 'offset') {
      sawOffset = true;
      return t.minutes;
    }
    if (sawOffset && start === null && mixed === null) mixed = i;
    if (start === null) start = t.minutes;
    if (previous !== null && t.minutes + dayShift < previous) dayShift += 24 * 60;
    previous = t.minutes + dayShift;
    return previous - start;
  });
  return { minutes, mixed };
}
