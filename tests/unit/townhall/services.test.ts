import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Need, Question, TownHall } from '../../../shared/model';
import { b64 } from '../../support/b64';
import { readDataFile } from '../../support/read-data-file';
import { serviceWorkspace } from '../../support/service-workspace';

const workspace = serviceWorkspace();
const { call } = workspace;
const disk = (): any => readDataFile(workspace.file);
const newTownHall = (extra: Record<string, unknown> = {}) => call<TownHall>('townhalls.create', { title: 'Englewood town hall', date: '2025-03-14', departments: ['Police'], ...extra });
const ask = (townhallId: string, text: string, extra: Record<string, unknown> = {}) => call<Question>('questions.create', { townhallId, text, ...extra });

describe('town halls and topics', () => {
  it('a new workspace has the default topics in English and Spanish', async () => {
    const topics = await call<{ code: string; name: { en: string; es: string } }[]>('townhalls.listTopics', {});
    expect(topics.find((t) => t.code === 'lighting')?.name).toEqual({ en: 'Lighting and vacant lots', es: 'Alumbrado y lotes baldíos' });
    expect(topics.length).toBeGreaterThanOrEqual(10);
  });

  it('creates, validates and lists town halls with their counts', async () => {
    await expect(call('townhalls.create', { title: '  ', date: '2025-03-14' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('townhalls.create', { title: 'x', date: '2025-02-30' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('townhalls.create', { title: 'x', date: '2025-02-03', areaIds: ['nope'] })).rejects.toMatchObject({ code: 'invalid_input' });
    const th = await newTownHall();
    await ask(th.id, 'one');
    const list = await call<{ id: string; questionCount: number; raised: number }[]>('townhalls.list', {});
    expect(list[0]).toMatchObject({ id: th.id, questionCount: 1, raised: 1 });
    await expect(call('townhalls.delete', { id: th.id })).rejects.toMatchObject({ code: 'conflict' });
    await call('townhalls.delete', { id: th.id, withQuestions: true });
    expect(disk().questions).toEqual([]);
  });

  it('refuses to delete a topic in use unless its questions move', async () => {
    const th = await newTownHall();
    const q = await ask(th.id, 'lights', { topicId: 'topic-lighting' });
    await expect(call('townhalls.deleteTopic', { id: 'topic-lighting' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(call('townhalls.deleteTopic', { id: 'topic-lighting', reassignTo: 'topic-lighting' })).rejects.toMatchObject({ code: 'invalid_input' });
    await call('townhalls.deleteTopic', { id: 'topic-lighting', reassignTo: 'topic-city-services' });
    expect(disk().questions.find((x: Question) => x.id === q.id).topicId).toBe('topic-city-services');
    await expect(call('townhalls.createTopic', { name: { en: 'Policing', es: 'Otra' } })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('an area used by a question or a town hall cannot be deleted', async () => {
    const areas = await call<{ id: string }[]>('areas.list', {});
    const th = await newTownHall({ areaIds: [areas[0].id] });
    await ask(th.id, 'x', { areaId: areas[1].id });
    await expect(call('areas.delete', { id: areas[0].id })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('townhalls') });
    await expect(call('areas.delete', { id: areas[1].id })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('questions') });
  });
});

describe('questions', () => {
  it('refuses empty and blank text, keeps any script, 20,000 characters, and numbers in order', async () => {
    const th = await newTownHall();
    await expect(ask(th.id, '')).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(ask(th.id, ' \n\t ')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/must not be empty/) });
    await expect(ask(th.id, 'x'.repeat(20_001))).rejects.toMatchObject({ code: 'invalid_input' });
    const long = await ask(th.id, 'y'.repeat(20_000));
    const mixed = await ask(th.id, '  社区安全 🙏🏽 مرحبا ¿Cuándo? Zażółć  ', { askedBy: '  ' });
    expect([long.number, mixed.number]).toEqual([1, 2]);
    expect(mixed).toMatchObject({ text: '社区安全 🙏🏽 مرحبا ¿Cuándo? Zażółć', askedBy: null, status: 'new', meToo: 0 });
    expect(disk().questions).toHaveLength(2);
    expect(workspace.events.at(-1)).toMatchObject({ collection: 'questions' });
  });

  it('me too, merge, unmerge and delete keep the counts right', async () => {
    const th = await newTownHall();
    const a = await ask(th.id, 'When will the lights on 63rd be fixed?');
    const b = await ask(th.id, 'Lights on 63rd are out');
    const c = await ask(th.id, 'Streetlights 63rd');
    await call('questions.meToo', { id: b.id, by: 2 });
    await expect(call('questions.merge', { targetId: a.id, sourceIds: [a.id] })).rejects.toMatchObject({ code: 'conflict' });
    await call('questions.merge', { targetId: a.id, sourceIds: [b.id] });
    const chained = await call<{ target: Question }>('questions.merge', { targetId: b.id, sourceIds: [c.id] });
    expect(chained.target.id).toBe(a.id);
    const list = await call<{ id: string; raised: number }[]>('townhalls.list', {});
    expect(list[0].raised).toBe(1 + 3 + 1);
    await expect(call('questions.update', { id: b.id, version: (await call<Question[]>('questions.list', { townhallIds: [b.townhallId] })).find((x) => x.id === b.id)!.version, status: 'answered-live' })).rejects.toMatchObject({ code: 'conflict' });
    await call('questions.unmerge', { id: b.id });
    await expect(call('questions.unmerge', { id: b.id })).rejects.toMatchObject({ code: 'conflict' });
    await call('questions.delete', { id: a.id });
    const left = disk().questions as Question[];
    expect(left.map((q) => [q.text, q.status, q.mergedInto])).toEqual([
      ['Lights on 63rd are out', 'new', null],
      ['Streetlights 63rd', 'new', null],
    ]);
  });

  it('records answers and follow-ups, and promotes a question to a need with its evidence', async () => {
    const th = await newTownHall();
    const q = await ask(th.id, 'Vacant lot on Halsted', { topicId: 'topic-lighting' });
    const answered = await call<Question>('questions.update', { id: q.id, version: q.version, followUp: { owner: 'Streets', due: '2025-05-01' } });
    expect(answered.status).toBe('needs-follow-up');
    await expect(call('questions.update', { id: q.id, version: answered.version, followUp: { owner: ' ', due: null } })).rejects.toMatchObject({ code: 'invalid_input' });
    const need = await call<Need>('questions.promote', { id: q.id, categoryId: 'cat-safe-spaces', severity: 'high' });
    expect(need).toMatchObject({ source: 'townhall', categoryId: 'cat-safe-spaces', severity: 'high', evidence: [{ kind: 'question', townhallId: th.id, questionId: q.id }] });
    expect(disk().needs).toHaveLength(1);
    expect(workspace.events.map((e) => e.collection)).toContain('needs');
    await expect(call('questions.promote', { id: q.id, categoryId: null })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('imports paper slips all or nothing', async () => {
    const th = await newTownHall();
    const good = '\uFEFFtext,topic,area,me too\n"Line one\nline two",Housing,68,3\nOtra pregunta,,,\n';
    const mapping = { text: 'text', topic: 'topic', area: 'area', meToo: 'me too' };
    const preview = await call<{ applied: boolean; count: number }>('questions.import', { townhallId: th.id, base64: b64(good), mapping, dryRun: true });
    expect(preview).toMatchObject({ applied: false, count: 2 });
    expect(disk().questions).toEqual([]);
    const bad = await call<{ applied: boolean; errors: { line: number }[] }>('questions.import', { townhallId: th.id, base64: b64(`${good},,,\nx,Nope,,\n`), mapping });
    expect(bad.applied).toBe(false);
    expect(bad.errors.map((e) => e.line)).toEqual([5]);
    expect(disk().questions).toEqual([]);
    await call('questions.import', { townhallId: th.id, base64: b64(good), mapping });
    expect((disk().questions as Question[]).map((q) => [q.number, q.text, q.meToo, q.source])).toEqual([
      [1, 'Line one\nline two', 3, 'slip'],
      [2, 'Otra pregunta', 0, 'slip'],
    ]);
  });

  it("previews each imported row under the area it will be filed in (no area column: the town hall's only area)", async () => {
    const areas = await call<{ id: string }[]>('areas.list', {});
    const th = await newTownHall({ areaIds: [areas[3].id] });
    const csv = 'question\nWhen will the lights on 26th be fixed?\n';
    const preview = await call<{ preview: { areaId: string | null }[] }>('questions.import', { townhallId: th.id, base64: b64(csv), mapping: { text: 'question' }, dryRun: true });
    expect(preview.preview.map((r) => r.areaId)).toEqual([areas[3].id]);
    await call('questions.import', { townhallId: th.id, base64: b64(csv), mapping: { text: 'question' } });
    expect((disk().questions as Question[]).map((q) => q.areaId)).toEqual([areas[3].id]);
    // With an area column, a row that names none stays without one, in the preview and once imported.
    const th2 = await newTownHall({ areaIds: [areas[3].id] });
    const withColumn = 'question,area\nIs the pool open in July?,\n';
    const preview2 = await call<{ preview: { areaId: string | null }[] }>('questions.import', { townhallId: th2.id, base64: b64(withColumn), mapping: { text: 'question', area: 'area' }, dryRun: true });
    expect(preview2.preview.map((r) => r.areaId)).toEqual([null]);
  });

  it('groups questions as an FAQ entry of the series, one entry per question', async () => {
    const th = await newTownHall({ series: 'Spring' });
    const a = await ask(th.id, 'a');
    const f1 = await call<{ id: string }>('questions.createFaq', { series: 'Spring', question: 'When?', questionIds: [a.id] });
    const f2 = await call<{ id: string; questionIds: string[] }>('questions.createFaq', { series: 'Spring', question: 'Where?', questionIds: [a.id] });
    const faqs = disk().faqs as { id: string; questionIds: string[] }[];
    expect(faqs.find((f) => f.id === f1.id)!.questionIds).toEqual([]);
    expect(f2.questionIds).toEqual([a.id]);
  });
});

describe('town-hall report', () => {
  it('exports English and Spanish PDFs with the sections, redacting personal details unless asked', async () => {
    const th = await newTownHall({ place: 'Kennedy-King College', attendance: 120, series: 'Spring' });
    const q = await ask(th.id, 'Streetlights on 63rd are out, call me at 773-555-0199', { topicId: 'topic-lighting', askedBy: 'Rosa Díaz' });
    await call('questions.update', { id: q.id, version: q.version, answer: 'Crews will replace the lights by May.', status: 'answered-live' });
    const other = await ask(th.id, 'Rosa Díaz asked about rent help', { topicId: 'topic-housing' });
    await call('questions.update', { id: other.id, version: other.version, followUp: { owner: 'Housing Department', due: '2025-06-01' } });
    const pdfs: Record<string, string> = {};
    workspace.ctx.deliverReport = async (report) => {
      const path = join(workspace.dir, report.fileName);
      writeFileSync(path, report.pdf);
      pdfs[report.fileName] = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      return { saved: true, path };
    };
    const en = await call<{ fileName: string }>('reports.export', { kind: 'townhall', id: th.id, language: 'en' });
    const es = await call<{ fileName: string }>('reports.export', { kind: 'townhall-series', ids: [th.id], language: 'es' });
    const internal = await call<{ fileName: string }>('reports.export', { kind: 'townhall', id: th.id, language: 'en', audience: 'internal', includePersonalDetails: true });
    const t = pdfs[en.fileName];
    for (const s of ['Summary of community concerns', 'Top themes', 'Concerns by theme and area', 'Answers to common questions', 'Crews will replace the lights by May.', 'Available resources', 'The resource directory has no entries yet', 'Follow-ups', 'Housing Department', 'Method and privacy', 'Appendix: all questions', '[phone number]', '[name] asked about rent help']) expect(t, s).toContain(s);
    expect(t).not.toContain('773-555-0199');
    expect(t).not.toContain('Rosa');
    expect(pdfs[es.fileName]).toContain('Resumen de las inquietudes de la comunidad');
    expect(pdfs[es.fileName]).toContain('Alumbrado y lotes baldíos');
    expect(pdfs[internal.fileName]).toContain('773-555-0199');
    expect(pdfs[internal.fileName]).toContain('Rosa Díaz');
    await expect(call('reports.export', { kind: 'townhall', id: th.id, language: 'en', includePersonalDetails: true })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('reports.export', { kind: 'townhall', id: 'missing', language: 'en' })).rejects.toMatchObject({ code: 'not_found' });
    // Three PDFs through the report worker; the first also starts it (from the sources, through tsx).
  }, 90_000);

  it('lists directory services by theme when the directory has entries', async () => {
    const { buildTownHallReport } = await import('../../../electron/services/reports/townhall');
    const th = await newTownHall();
    await ask(th.id, 'Lights', { topicId: 'topic-lighting' });
    // Only the fields the report reads; the directory's own tests cover whole records.
    const services = [
      { name: 'Block Club Lighting Fund', organizationId: 'org-1', categoryIds: ['cat-safe-spaces'], status: 'active' },
      { name: 'Closed Program', organizationId: 'org-1', categoryIds: ['cat-safe-spaces'], status: 'defunct' },
    ];
    const ws = { ...workspace.ctx.store.data, organizations: [{ id: 'org-1', name: 'Englewood Alliance' }], services } as unknown as typeof workspace.ctx.store.data;
    const r = await buildTownHallReport(ws, { kind: 'townhall', id: th.id, language: 'en', audience: 'public', includePersonalDetails: false }, { fontsDir: workspace.ctx.fontsDir, now: new Date() });
    const path = join(workspace.dir, 'r.pdf');
    writeFileSync(path, r.pdf);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Block Club Lighting Fund (Englewood Alliance)');
    expect(text).not.toContain('Closed Program');
    expect(text).not.toContain('no entries yet');
  });
});
