import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenarioYaml } from '../../shared/logic';
import { ENTRY_TYPES, type Exercise, type ImprovementItem, type ScenarioContent } from '../../shared/model';

const SCENARIOS = resolve(import.meta.dirname, '../../scenarios');

/** A shipped scenario read from its file (tests and benchmarks run outside Vite, so no `?raw`). */
export function shippedScenario(slug: string): ScenarioContent {
  const parsed = parseScenarioYaml(readFileSync(resolve(SCENARIOS, `${slug}.yaml`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.location}: ${i.message}`).join('; '));
  return parsed.content;
}

const SAMPLE_TEXTS = [
  'Outreach reached both groups within the hour; mediation held through the vigil.',
  'Nobody knew who calls the family first — victim services and the hospital both assumed the other did.',
  'Necesitamos más trabajadores de alcance en la calle 63 después de las 9 p. m.',
  'Safe-passage posts at Wabash and 61st need two more adults on Monday 🙏🏽',
  'The church parking lot is available for the vigil; pastor to confirm by Thursday.',
  'Reunification plan worked, but the bus company was not in the phone tree.',
  'Parents heard about the shooting from social media before the school message — 40 minutes late.',
];

/** An exercise of the school-dismissal case with `entries` captured entries of every kind and a few plan rows. */
export function exerciseWithEntries(entries: number, areaId: string | null = null): { exercise: Exercise; items: ImprovementItem[] } {
  const scenario = shippedScenario('school-dismissal-shooting');
  const start = Date.parse('2025-06-14T15:00:00Z');
  const at = (ms: number) => new Date(start + ms).toISOString();
  const caps = scenario.capabilities.map((c) => c.id);
  const exercise: Exercise = {
    version: 1,
    id: 'ex-1',
    title: 'Washington Park spring tabletop',
    scenarioId: 'shipped-school-dismissal-shooting',
    scenarioVersion: 1,
    scenario,
    date: '2025-06-14',
    place: 'Harmon Elementary library',
    areaId,
    facilitator: 'Rosa Ortiz',
    participants: [
      { id: 'p1', organization: 'Harmon Elementary', role: 'school-staff', name: 'Dana Whitfield' },
      { id: 'p2', organization: 'Southside Peace Outreach', role: 'outreach-worker', name: 'Marcus Bell' },
      { id: 'p3', organization: 'Family Advocacy Center', role: 'victim-advocate', name: '' },
    ],
    status: 'ended',
    currentModule: 2,
    questionsOnScreen: false,
    clock: { runningSince: null, accumulatedMs: 0 },
    startedAt: at(0),
    endedAt: at(90 * 60_000),
    injectLog: [{ module: 0, inject: 0, action: 'released', offTimeline: false, atModule: 0, at: at(60_000) }],
    entries: Array.from({ length: entries }, (_, i) => ({
      version: 1,
      id: `e${i}`,
      type: ENTRY_TYPES[i % ENTRY_TYPES.length],
      text: `${SAMPLE_TEXTS[i % SAMPLE_TEXTS.length]} (#${i + 1})`,
      module: Math.min(2, Math.floor((i / entries) * 3)),
      inject: null,
      capability: caps[i % caps.length],
      at: at(i * 10_000),
      moduleElapsedMs: (i * 10_000) % (30 * 60_000),
      needId: null,
      improvementItemId: null,
    })),
    ratings: [
      { capability: 'rapid-response', rating: 'S', observation: 'The first call went out after 25 minutes.' },
      { capability: 'schools', rating: 'P', observation: '' },
      { capability: 'family-support', rating: 'M', observation: 'No one owned the first contact with the family.' },
    ],
    createdAt: at(0),
    updatedAt: at(0),
  };
  const items: ImprovementItem[] = [
    {
      version: 1,
      id: 'i1',
      exerciseId: 'ex-1',
      areaId,
      capability: 'family-support',
      capabilityName: 'Family and victim support',
      issue: 'No one owned the first contact with the family.',
      correctiveAction: 'Name the victim-services advocate as first contact in the critical-incident protocol.',
      element: 'planning',
      organization: 'Family Advocacy Center',
      pointOfContact: 'Intake lead',
      startDate: '2025-07-01',
      completionDate: '2025-08-15',
      status: 'open',
      sourceEntryId: null,
      createdAt: at(0),
      updatedAt: at(0),
    },
  ];
  return { exercise, items };
}
