import { DEFAULT_CATEGORIES } from './resources/category';
import { DEFAULT_TOPICS } from './townhall/topic';
import { CURRENT_SCHEMA_VERSION } from './workspace';

/**
 * One pure upgrade step per schema version: `steps[n]` turns a version-n file into version n+1.
 * A step never reads the clock or the disk; it gets the parsed JSON and returns new JSON, and it
 * is frozen once released: later formats add a step, they never edit an old one.
 */
export type MigrationStep = (data: Record<string, unknown>) => Record<string, unknown>;

/** Version 2 adds the collections of the exercise, town-hall and resource features. */
export const V2_COLLECTIONS = [
  // tabletop exercises
  'scenarios',
  'exercises',
  'improvementItems',
  // town halls
  'townhalls',
  'questions',
  'topics',
  'faqs',
  // resources and service gaps
  'categories',
  'organizations',
  'services',
  'locations',
  'needs',
  'links',
  'imports',
] as const;

/**
 * Rooms (issue 12): every question gets `visibility` (what was captured before was already public:
 * `shown`), `clientId` and `deviceId` (none); the workspace gets `rooms` and `supports`.
 */
export const roomStep: MigrationStep = (data) => {
  const questions = Array.isArray(data.questions) ? (data.questions as unknown[]) : [];
  return {
    ...data,
    questions: questions.map((q) =>
      q && typeof q === 'object' && !Array.isArray(q)
        ? { visibility: 'shown', clientId: null, deviceId: null, ...(q as Record<string, unknown>) }
        : q,
    ),
    rooms: Array.isArray(data.rooms) ? data.rooms : [],
    supports: Array.isArray(data.supports) ? data.supports : [],
  };
};

/**
 * Version 8: the workspace gets `duplicateDismissals`, the moderators' "Not a duplicate"
 * decisions (until now they lived only on one screen and were forgotten on reload). None were
 * stored before, so the collection starts empty; a file that somehow has one keeps it.
 */
export const duplicateDismissalsStep: MigrationStep = (data) => ({
  ...data,
  duplicateDismissals: Array.isArray(data.duplicateDismissals) ? data.duplicateDismissals : [],
});

export const steps: Record<number, MigrationStep> = {
  1: (data) => {
    const out: Record<string, unknown> = { ...data };
    for (const name of V2_COLLECTIONS) if (!Array.isArray(out[name])) out[name] = [];
    // The need/resource taxonomy starts with the community-safety set; users edit it from there.
    if ((out.categories as unknown[]).length === 0) out.categories = DEFAULT_CATEGORIES.map((c) => ({ ...c, name: { ...c.name } }));
    // Town-hall topics start with the community-safety list (en/es), seeded here like the categories.
    if ((out.topics as unknown[]).length === 0) out.topics = DEFAULT_TOPICS.map((t) => ({ ...t, name: { ...t.name } }));
    return out;
  },
  /** Version 3 stores the privacy review with each question: nothing hidden or released by hand, not reviewed yet. */
  2: (data) => {
    const questions = Array.isArray(data.questions) ? (data.questions as Record<string, unknown>[]) : [];
    return {
      ...data,
      questions: questions.map((q) => (q && typeof q === 'object' && !('privacy' in q) ? { ...q, privacy: { hide: [], release: [], reviewedAt: null } } : q)),
    };
  },
  3: roomStep,
  /**
   * Version 5 gives every record a `version` (1 for every record already stored; see
   * versioned.ts), an exercise's captured entries too. Records that somehow carry a valid version
   * keep it.
   */
  4: (data) => {
    const out: Record<string, unknown> = { ...data };
    for (const name of V5_VERSIONED) {
      const list = out[name];
      if (!Array.isArray(list)) continue;
      out[name] = list.map((r) => {
        if (typeof r !== 'object' || r === null) return r;
        let record = withVersion(r as Record<string, unknown>);
        const nested = name === 'exercises' ? record.entries : undefined;
        if (Array.isArray(nested)) record = { ...record, entries: nested.map((e) => (typeof e === 'object' && e !== null ? withVersion(e as Record<string, unknown>) : e)) };
        return record;
      });
    }
    return out;
  },
  /** Version 6: organizations get their own phones, locations their phones and opening hours (HSDS phone/schedule linked to them). */
  5: (data) => {
    const withLists = (list: unknown, fields: readonly string[]) =>
      Array.isArray(list) ? list.map((r) => (r && typeof r === 'object' ? { ...Object.fromEntries(fields.map((f) => [f, []])), ...(r as Record<string, unknown>) } : r)) : list;
    return { ...data, organizations: withLists(data.organizations, ['phones']), locations: withLists(data.locations, ['phones', 'schedules']) };
  },
  /**
   * Version 7: each resident's "me too" gets an `id`, `<questionId>:<deviceId>` (supportId), so the
   * store finds, stores and journals one by id instead of rewriting the whole list (issue 12's
   * room benchmark). A second record of the same pair (none should exist) is dropped.
   */
  6: (data) => {
    if (!Array.isArray(data.supports)) return data;
    const seen = new Set<string>();
    const supports: unknown[] = [];
    for (const s of data.supports as unknown[]) {
      if (!s || typeof s !== 'object') {
        supports.push(s);
        continue;
      }
      const r = s as Record<string, unknown>;
      const id = `${String(r.questionId)}:${String(r.deviceId)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      supports.push({ id, ...r });
    }
    return { ...data, supports };
  },
  7: duplicateDismissalsStep,
};

/** The collections whose records carry a version from data format 5 on. */
export const V5_VERSIONED = ['areas', ...V2_COLLECTIONS] as const;

function withVersion(record: Record<string, unknown>): Record<string, unknown> {
  const v = record.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? record : { ...record, version: 1 };
}

export class UnsupportedVersionError extends Error {
  constructor(
    readonly found: unknown,
    readonly newest: number,
  ) {
    super(
      typeof found === 'number' && found > newest
        ? `This data file was written by a newer version of Convene (data format ${found}); this version reads formats up to ${newest}. Update Convene to open it.`
        : `This data file has no readable format version (found ${JSON.stringify(found)}).`,
    );
  }
}

/** Brings parsed file content up to `target`, one step at a time. Throws on versions it cannot read. */
export function migrate(
  data: unknown,
  target = CURRENT_SCHEMA_VERSION,
  available: Record<number, MigrationStep> = steps,
): { data: Record<string, unknown>; from: number } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UnsupportedVersionError(undefined, target);
  }
  let current = data as Record<string, unknown>;
  const from = current.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from > target) {
    throw new UnsupportedVersionError(from, target);
  }
  for (let v = from; v < target; v++) {
    const step = available[v];
    if (!step) throw new Error(`No upgrade step from data format ${v} to ${v + 1}.`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { data: current, from };
}
