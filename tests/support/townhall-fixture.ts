import { randomUUID } from 'node:crypto';
import { DEFAULT_TOPICS, migrate, Workspace, type Question, type TownHall } from '../../shared/model';

/** Realistic questions, English and Spanish, with the kinds of personal details residents give. */
export const SAMPLE_QUESTIONS = [
  'When will the city fix the streetlights on 63rd Street? It is completely dark after 7pm.',
  '¿Cuándo van a arreglar las luces de la calle 26? Está muy oscuro por la noche.',
  'What is CPD doing about the shootings near the park on weekends?',
  '¿Qué está haciendo la policía sobre los tiroteos cerca del parque?',
  'Are there summer jobs for teenagers this year? My son is 16.',
  '¿Hay programas de verano para los jóvenes del barrio?',
  'The vacant lot on the corner is full of trash and people sell drugs there.',
  'Who do I call when someone is in a mental health crisis? Police make it worse.',
  'Can the schools keep safe passage workers until 6pm?',
  'Rent went up 30 percent, where can families get help with housing?',
  'El autobús 9 nunca llega a tiempo y los niños esperan en la oscuridad.',
  'We need more violence interrupters on our block, they helped last summer.',
];

export function makeTownHallWorkspace(opts: { questions: number; townhalls?: number; areas?: number }): Workspace {
  const at = new Date('2025-03-14T19:00:00Z').toISOString();
  const areas = Array.from({ length: opts.areas ?? 10 }, (_, i) => ({ id: randomUUID(), number: i + 1, name: ['Englewood', 'Pilsen', 'Little Village', 'Austin', 'Chatham', 'South Shore', 'Humboldt Park', 'Woodlawn', 'Roseland', 'Garfield Park'][i % 10] + (i >= 10 ? ` ${i}` : ''), priority: false, createdAt: at, updatedAt: at }));
  const base = Workspace.parse(migrate({ schemaVersion: 1, createdAt: at, updatedAt: at, areas }).data);
  const townhalls: TownHall[] = Array.from({ length: opts.townhalls ?? 1 }, (_, i) => ({
    id: randomUUID(),
    title: `Public safety town hall ${i + 1}`,
    date: `2025-03-${String(10 + i).padStart(2, '0')}`,
    place: 'Kennedy-King College, 6301 S Halsted St',
    areaIds: [areas[0].id, areas[1].id],
    languages: ['en', 'es'],
    departments: ['Police', 'Streets and Sanitation', 'Family and Support Services'],
    attendance: 240,
    noteTakers: ['Ana', 'Marcus'],
    series: 'Spring 2025 safety series',
    createdAt: at,
    updatedAt: at,
  }));
  const questions: Question[] = Array.from({ length: opts.questions }, (_, i) => {
    const th = townhalls[i % townhalls.length];
    const text = `${SAMPLE_QUESTIONS[i % SAMPLE_QUESTIONS.length]}${i >= SAMPLE_QUESTIONS.length ? ` (${i})` : ''}`;
    return {
      id: randomUUID(),
      townhallId: th.id,
      number: Math.floor(i / townhalls.length) + 1,
      text,
      translation: '',
      askedBy: null,
      topicId: DEFAULT_TOPICS[i % DEFAULT_TOPICS.length].id,
      areaId: areas[i % areas.length].id,
      department: th.departments[i % th.departments.length],
      visibility: 'shown',
      clientId: null,
      deviceId: null,
      language: /[¿ñáé]/.test(text) ? 'es' : 'en',
      source: 'live',
      meToo: i % 5,
      status: (['new', 'answered-live', 'answered-writing', 'needs-follow-up'] as const)[i % 4],
      statusBeforeMerge: null,
      mergedInto: null,
      answer: i % 4 === 1 ? 'Streets and Sanitation will survey the block this month and replace broken lights.' : '',
      answeredBy: i % 4 === 1 ? 'Streets and Sanitation' : '',
      followUp: i % 4 === 3 ? { owner: th.departments[i % 3], due: '2025-04-15' } : null,
      privacy: { hide: [], release: [], reviewedAt: null },
      createdAt: new Date(Date.parse(at) + i * 1000).toISOString(),
      updatedAt: at,
    };
  });
  return Workspace.parse({ ...base, townhalls, questions });
}
