import { chromium, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { recordReports, type RecordedReport } from '../../electron/services/reports/kit';
import { buildReport } from '../../electron/services/reports/registry';
import type { ReportExportRequest } from '../../shared/contract';
import type { Workspace } from '../../shared/model';
import { exerciseWithEntries } from '../support/exercise-fixture';
import { makeTownHallWorkspace } from '../support/townhall-fixture';
import { benchWorkspace } from './gaps-data';
import { ms, summarize } from './stats';

/**
 * Issue 13, target 1: each report built by the kit (as the report worker builds it: fonts parsed
 * once per process, caches warm) against Chromium's page.pdf() of the same content, recorded from
 * the very calls the report made, measured interleaved in the same run. Target ratio <= 0.33 for
 * each, and the 1,000-question town-hall summary under 0.5 s.
 */
const FONTS_DIR = resolve(import.meta.dirname, '../../electron/services/reports/fonts');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The recorded report as HTML for Chromium: the same text, tables with repeating headers, bar charts. */
export function toHtml(report: RecordedReport): string {
  const blocks = report.blocks.map((b) => {
    if (b.kind === 'heading') return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    if (b.kind === 'paragraph') return `<p${b.muted ? ' class="muted"' : ''}>${esc(b.text)}</p>`;
    if (b.kind === 'bullets') return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    if (b.kind === 'keyValues') return `<dl>${b.rows.map((r) => `<dt>${esc(r.label)}</dt><dd>${esc(r.value)}</dd>`).join('')}</dl>`;
    if (b.kind === 'table')
      return `<table>${b.table.caption ? `<caption>${esc(b.table.caption)}</caption>` : ''}<thead><tr>${b.table.columns.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr></thead><tbody>${b.table.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    const max = Math.max(1, ...b.chart.data.map((d) => d.value));
    return `<figure><figcaption>${esc(b.chart.title)}</figcaption>${b.chart.data.map((d) => `<div class="bar"><span>${esc(d.label)}</span><i style="width:${(60 * d.value) / max}%"></i><b>${d.value}</b></div>`).join('')}</figure>`;
  });
  const cover = report.options.cover?.lines.map((l) => `<dt>${esc(l.label)}</dt><dd>${esc(l.value)}</dd>`).join('') ?? '';
  return `<!doctype html><html lang="${report.options.language}"><head><meta charset="utf-8"><style>
    body{font:10pt 'Noto Sans',sans-serif;color:#1c2430} h1{color:#1f5f8b;break-before:page;break-after:avoid} h2,h3{break-after:avoid} table{width:100%;border-collapse:collapse} thead{display:table-header-group}
    td,th{border-bottom:1px solid #ddd;padding:3pt;text-align:left;vertical-align:top} tr{break-inside:avoid} .muted{color:#667}
    .bar{display:flex;gap:6pt;align-items:center} .bar span{width:30%;text-align:right} .bar i{display:block;height:9pt;background:#1f5f8b}
  </style></head><body><section><h1 style="break-before:auto">${esc(report.options.title)}</h1><p>${esc(report.options.subtitle ?? '')}</p><dl>${cover}</dl></section>${blocks.join('\n')}</body></html>`;
}

interface Case {
  name: string;
  workspace: Workspace;
  request: ReportExportRequest;
  /** An absolute limit for the kit's median, if the issue names one. */
  limitMs?: number;
}

function cases(): Case[] {
  const townhall = makeTownHallWorkspace({ questions: 1_000 });
  const { exercise, items } = exerciseWithEntries(500, townhall.areas[0].id);
  const withExercise: Workspace = { ...townhall, exercises: [exercise], improvementItems: items };
  const gaps = benchWorkspace({ services: 10_000, needs: 300, links: 2_000 });
  return [
    { name: 'Town-hall summary, 1,000 questions (es, public)', workspace: townhall, request: { kind: 'townhall', id: townhall.townhalls[0].id, language: 'es', audience: 'public', includePersonalDetails: false }, limitMs: 500 },
    { name: 'AAR/IP, 500 entries (en, internal)', workspace: withExercise, request: { kind: 'aar', id: exercise.id, language: 'en', audience: 'internal', includePersonalDetails: false } },
    { name: 'Gap report, 10,000 services (en, public)', workspace: gaps, request: { kind: 'gaps', language: 'en', audience: 'public', includePersonalDetails: false } },
  ];
}

async function chromiumPdf(page: Page, html: string): Promise<{ ms: number; bytes: number }> {
  const t = performance.now();
  await page.setContent(html);
  const pdf = await page.pdf({ format: 'Letter', margin: { top: '1in', bottom: '0.9in', left: '0.75in', right: '0.75in' } });
  return { ms: performance.now() - t, bytes: pdf.length };
}

/** Prints one line per report: kit p50, Chromium p50, ratio, met/MISSED. */
export async function runReportsVsChromiumBench(runs = 3): Promise<[string, boolean][]> {
  const results: [string, boolean][] = [];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  console.log(`\nReports vs Chromium page.pdf() of the same content (issue 13, target 1): ${runs} interleaved runs after a warm-up`);
  console.log('  report                                              kit p50     Chromium p50   ratio   pages  target');
  try {
    const page = await browser.newPage();
    for (const c of cases()) {
      const env = { fontsDir: FONTS_DIR, now: new Date('2025-06-20T12:00:00Z') };
      // Warm-up: the worker's steady state (fonts parsed, JIT warm), and Chromium's.
      const { result: first, reports } = await recordReports(() => buildReport(c.workspace, c.request, env));
      const html = toHtml(reports[0]);
      await chromiumPdf(page, html);
      const kit: number[] = [];
      const chrome: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await buildReport(c.workspace, c.request, env);
        kit.push(performance.now() - t);
        chrome.push((await chromiumPdf(page, html)).ms);
      }
      const k = summarize(kit).p50;
      const b = summarize(chrome).p50;
      const ratio = k / b;
      const ok = ratio <= 0.33 && (c.limitMs === undefined || k <= c.limitMs);
      const pages = (first.pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
      console.log(`  ${c.name.padEnd(50)} ${ms(k).padStart(11)}  ${ms(b).padStart(13)}   ${ratio.toFixed(2).padStart(5)}  ${String(pages).padStart(5)}  ratio <= 0.33${c.limitMs ? ` and kit <= ${c.limitMs} ms` : ''} -> ${ok ? 'met' : 'MISSED'}`);
      results.push([`report vs Chromium: ${c.name}`, ok]);
    }
  } finally {
    await browser.close();
  }
  return results;
}
