import { describe, expect, it } from 'vitest';
import { reportSlice } from '../../../electron/services/reports/slice';
import { townhallReportContent } from '../../../electron/services/reports/townhall/content';
import type { ReportExportRequest } from '../../../shared/contract';
import { benchWorkspace } from '../../bench/gaps-data';
import { makeTownHallWorkspace } from '../../support/townhall-fixture';

describe('report worker slice', () => {
  it('a town-hall report from the slice is the report from the whole workspace, and the slice drops other town halls and collections', () => {
    const ws = makeTownHallWorkspace({ questions: 300, townhalls: 3 });
    const directory = benchWorkspace({ services: 200, needs: 30, links: 40 });
    const full = { ...ws, services: directory.services, organizations: directory.organizations, categories: directory.categories, needs: directory.needs, links: directory.links };
    const request: ReportExportRequest = { kind: 'townhall', id: ws.townhalls[1].id, language: 'es', audience: 'public', includePersonalDetails: false };
    const now = new Date('2025-04-01T12:00:00Z');
    const slice = reportSlice(full, request);
    expect(townhallReportContent(slice, request, now)).toEqual(townhallReportContent(full, request, now));
    expect(slice.questions.length).toBeLessThan(full.questions.length);
    expect(slice.questions.every((q) => q.townhallId === ws.townhalls[1].id)).toBe(true);
    expect(slice.needs).toEqual([]);
    expect(slice.links).toEqual([]);
    expect(full.needs.length).toBeGreaterThan(0);
  });

  it('the gap report slice keeps the directory, needs and links whole', () => {
    const ws = benchWorkspace({ services: 100, needs: 20, links: 30 });
    const slice = reportSlice(ws, { kind: 'gaps', language: 'en', audience: 'public', includePersonalDetails: false } as ReportExportRequest);
    for (const key of ['services', 'organizations', 'needs', 'links', 'areas', 'categories', 'imports'] as const) expect(slice[key]).toBe(ws[key]);
  });
});
