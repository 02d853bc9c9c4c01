import { expect, test } from './fixtures';
import { apiCall, forbidNativeDialogs, useLanguage } from './ux-support';

/** What makes two town halls the same: every question field but ids, record versions and times of change; merges by number. */
function essence(questions: any[]) {
  const numberOf = new Map(questions.map((q) => [q.id, q.number]));
  return questions.map(({ id: _i, townhallId: _t, version: _v, clientId: _c, deviceId: _d, updatedAt: _u, mergedInto, translationLanguage, answerLanguage, answerTranslation, ...rest }) => ({
    ...rest,
    mergedInto: mergedInto ? numberOf.get(mergedInto) : null,
    translationLanguage: translationLanguage ?? null,
    answerLanguage: answerLanguage ?? null,
    answerTranslation: answerTranslation ?? '',
  }));
}

for (const lang of ['en', 'es'] as const) {
  const words =
    lang === 'en'
      ? { moderate: 'Moderate', exportAll: /^Export the whole town hall to an internal CSV \(4 questions, merged included\)$/, import: 'Import CSV', file: 'CSV file', preview: 'Check and preview', apply: 'Import 4 questions', more: 'More columns (a town hall exported from Convene)', number: 'Question number' }
      : { moderate: 'Moderar', exportAll: /^Exportar toda la reunión a un CSV interno \(4 preguntas, con las fusionadas\)$/, import: 'Importar CSV', file: 'Archivo CSV', preview: 'Revisar y ver vista previa', apply: 'Importar 4 preguntas', more: 'Más columnas (una reunión exportada desde Convene)', number: 'Número de la pregunta' };

  test(`${lang}: a town hall exported to CSV and imported into a new town hall is the same town hall`, async ({ page, host }) => {
    test.setTimeout(90_000);
    forbidNativeDialogs(page);
    const areas = await apiCall(host, 'areas.list', {});
    const englewood = areas.find((a: any) => a.number === 68);
    const topics = await apiCall(host, 'townhalls.listTopics', {});
    const lighting = topics.find((t: any) => t.code === 'lighting');
    const th = await apiCall(host, 'townhalls.create', { title: 'Englewood safety night', date: '2025-05-01', areaIds: [englewood.id], departments: ['Streets and Sanitation', 'Police'] });
    const q1 = await apiCall(host, 'questions.create', { townhallId: th.id, text: 'When will the lights on 63rd be fixed?', topicId: lighting.id, areaId: englewood.id, department: 'Streets and Sanitation' });
    const q2 = await apiCall(host, 'questions.create', { townhallId: th.id, text: '¿Cuándo arreglan las luces de la 63, "por fin"?', translation: 'When do they fix the lights on 63rd, "finally"?', language: 'es', areaId: englewood.id });
    const q3 = await apiCall(host, 'questions.create', { townhallId: th.id, text: '=Who cleans the vacant lot, on Halsted?\nAsked twice.', askedBy: 'Dana Whitfield', areaId: null });
    const q4 = await apiCall(host, 'questions.create', { townhallId: th.id, text: 'Can the park stay open later?', areaId: englewood.id });
    await apiCall(host, 'questions.meToo', { id: q1.id, by: 4 });
    await apiCall(host, 'questions.meToo', { id: q2.id, by: 2 });
    await apiCall(host, 'questions.merge', { targetId: q1.id, sourceIds: [q2.id] });
    const cur = async (id: string) => (await apiCall(host, 'questions.list', { townhallIds: [th.id] })).find((q: any) => q.id === id);
    await apiCall(host, 'questions.update', { id: q1.id, version: (await cur(q1.id)).version, status: 'needs-follow-up', followUp: { owner: 'Streets and Sanitation', due: '2025-06-01' } });
    await apiCall(host, 'questions.update', { id: q3.id, version: (await cur(q3.id)).version, translation: '¿Quién limpia el lote?', translationLanguage: 'es', status: 'answered-live', answer: 'Parks will board it up this week.', answeredBy: 'Ald. Rivera', visibility: 'hidden' });
    await apiCall(host, 'questions.update', { id: q4.id, version: (await cur(q4.id)).version, status: 'answered-writing', answer: 'Yes, until 10 p.m. from June.', answerLanguage: 'en', answerTranslation: 'Sí, hasta las 10 p. m. desde junio.' });
    // A moderator's "Not a duplicate" decision travels with the town hall too.
    await apiCall(host, 'questions.dismissDuplicate', { townhallId: th.id, questionIds: [q4.id, q3.id] });
    const original = await apiCall(host, 'questions.list', { townhallIds: [th.id] });

    // Export the whole town hall from Moderate.
    await page.goto(`${host.url}#/townhalls/${th.id}/moderate`);
    if (lang === 'es') await useLanguage(page, 'es');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: words.exportAll }).click();
    const file = await (await downloading).path();

    // Import it into a new town hall, through the Import tab.
    const copy = await apiCall(host, 'townhalls.create', { title: 'Englewood safety night (copy)', date: '2025-05-01', areaIds: [englewood.id] });
    await page.goto(`${host.url}#/townhalls/${copy.id}/import`);
    await page.getByLabel(words.file).setInputFiles({ name: 'englewood.csv', mimeType: 'text/csv', buffer: await import('node:fs/promises').then((fs) => fs.readFile(file)) });
    // The export's columns are recognized by themselves, the extra ones too.
    await expect(page.locator('details').filter({ hasText: words.more })).toHaveAttribute('open', '');
    await expect(page.getByLabel(words.number, { exact: true })).toHaveValue('number');
    await page.getByRole('button', { name: words.preview }).click();
    await page.getByRole('button', { name: words.apply }).click();
    await expect.poll(async () => (await apiCall(host, 'questions.list', { townhallIds: [copy.id] })).length).toBe(4);

    const imported = await apiCall(host, 'questions.list', { townhallIds: [copy.id] });
    expect(essence(imported)).toEqual(essence(original));
    const numberOf = new Map(imported.map((q: any) => [q.id, q.number]));
    const decisions = await apiCall(host, 'questions.listDismissals', { townhallIds: [copy.id] });
    expect(decisions.map((d: any) => d.questionIds.map((id: string) => numberOf.get(id)).sort())).toEqual([[3, 4]]);
    // And the moderation view of the copy shows the merge: question 1 raised by 8 (1 + 4, plus 1 + 2 merged in).
    await page.goto(`${host.url}#/townhalls/${copy.id}/moderate`);
    await expect(page.getByRole('button', { name: words.exportAll })).toBeVisible();
  });
}
