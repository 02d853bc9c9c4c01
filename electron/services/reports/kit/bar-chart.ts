/**
 * Horizontal bar charts drawn as vectors: category labels on the left, bars from a zero
 * axis, the value at the end of each bar, a scale with gridlines underneath. A chart
 * with no data (or only zeros) becomes a sentence instead. Long charts continue on the
 * next page with their own scale.
 */
import { ensureSpace, layout, newPage, type KitContext } from './context';
import { formatNumber } from './labels';
import { tagged } from './tagging';
import { drawLine, drawText, fitOneLine, widthOfRuns, type TextStyle } from './text';
import { theme } from './theme';

export interface BarChartSpec {
  title: string;
  data: { label: string; value: number }[];
  /** What the values count, printed under the scale (e.g. "Incidents"). */
  valueLabel?: string;
}

const BAR_H = 13;
const ROW_H = 20;

/** A round step so the scale has about five ticks. */
export function niceScale(max: number): { step: number; top: number } {
  if (!(max > 0)) return { step: 1, top: 1 };
  const rough = max / 5;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= rough) ?? 10 * pow;
  return { step, top: Math.ceil(max / step - 1e-9) * step };
}

export function drawBarChart(ctx: KitContext, spec: BarChartSpec): void {
  const { doc } = ctx;
  const titleStyle: TextStyle = { size: theme.size.h3, bold: true, color: theme.colors.text, lineGap: 1 };
  const labelStyle: TextStyle = { size: theme.size.table, color: theme.colors.text };
  const small: TextStyle = { size: theme.size.small, color: theme.colors.muted };
  const data = spec.data.map((d) => ({ label: String(d.label ?? ''), value: Number.isFinite(d.value) ? d.value : 0, shown: d.value }));
  const titleH = ctx.measure.height(spec.title, layout.width, titleStyle) + 6;

  const hasBars = data.some((d) => d.value > 0);
  if (!hasBars) {
    const sentence = data.length === 0 ? ctx.labels.noData : ctx.labels.allZero;
    ensureSpace(ctx, titleH + 30);
    const y = doc.y;
    tagged(doc, ctx.root, 'P', () => drawText(doc, ctx.fonts, spec.title, layout.left, y, layout.width, titleStyle));
    const y2 = doc.y + 4;
    tagged(doc, ctx.root, 'P', () => drawText(doc, ctx.fonts, sentence, layout.left, y2, layout.width, { size: theme.size.body, color: theme.colors.muted, lineGap: theme.lineGap }));
    doc.y += theme.paragraphGap + 4;
    return;
  }

  const max = Math.max(...data.map((d) => d.value));
  const { step, top } = niceScale(max);
  const valueTexts = data.map((d) => formatNumber(d.shown, ctx.language));
  const valueW = Math.max(...valueTexts.map((t) => widthOfRuns(doc, fitOneLine(doc, ctx.fonts, t, 200, labelStyle), labelStyle))) + 8;
  const longestLabel = Math.max(...data.map((d) => widthOfRuns(doc, fitOneLine(doc, ctx.fonts, d.label, layout.width, labelStyle), labelStyle)));
  const labelW = Math.min(Math.max(longestLabel + 10, 60), layout.width * 0.34);
  const plotX = layout.left + labelW;
  const plotW = layout.width - labelW - valueW;
  const axisH = 16 + (spec.valueLabel ? 13 : 0);
  const alt = `${ctx.labels.chartAlt(spec.title)} ${data.map((d, i) => `${d.label}: ${valueTexts[i]}`).join('; ')}${spec.valueLabel ? ` (${spec.valueLabel})` : ''}`;

  // A chart that fits on a page is never split: it starts on the next page when it would not fit here.
  const whole = titleH + data.length * ROW_H + 4 + axisH + 4;
  if (whole <= layout.pageContentHeight) ensureSpace(ctx, whole);

  let start = 0;
  let first = true;
  while (start < data.length) {
    const head = first ? titleH : 0;
    let fit = Math.floor((layout.bottom - doc.y - head - axisH - 8) / ROW_H);
    if (fit < Math.min(3, data.length - start)) {
      newPage(ctx);
      fit = Math.floor((layout.bottom - doc.y - head - axisH - 8) / ROW_H);
    }
    const chunk = data.slice(start, start + Math.max(fit, 1));
    const y0 = doc.y;
    tagged(
      doc,
      ctx.root,
      'Figure',
      () => {
        let y = y0;
        if (first) {
          drawText(doc, ctx.fonts, spec.title, layout.left, y, layout.width, titleStyle);
          y = doc.y + 6;
        }
        const plotTop = y;
        const plotBottom = plotTop + chunk.length * ROW_H + 4;
        // Gridlines and scale.
        for (let v = 0; v <= top + 1e-9; v += step) {
          const x = plotX + (v / top) * plotW;
          doc.moveTo(x, plotTop).lineTo(x, plotBottom).lineWidth(v === 0 ? 0.9 : 0.4).strokeColor(v === 0 ? theme.colors.axis : theme.colors.rule).stroke();
          const t = fitOneLine(doc, ctx.fonts, formatNumber(v, ctx.language), 80, small);
          const tw = widthOfRuns(doc, t, small);
          drawLine(doc, t, x - tw / 2, plotBottom + 3, small);
        }
        if (spec.valueLabel) {
          const t = fitOneLine(doc, ctx.fonts, spec.valueLabel, plotW, small);
          drawLine(doc, t, plotX + (plotW - widthOfRuns(doc, t, small)) / 2, plotBottom + 15, small);
        }
        chunk.forEach((d, k) => {
          const rowY = plotTop + k * ROW_H + 4;
          const label = fitOneLine(doc, ctx.fonts, d.label, labelW - 10, labelStyle);
          const lw = widthOfRuns(doc, label, labelStyle);
          drawLine(doc, label, plotX - 8 - lw, rowY + 1.5, labelStyle);
          const w = d.value > 0 ? Math.max((d.value / top) * plotW, 1.5) : 0;
          if (w > 0) doc.rect(plotX, rowY, w, BAR_H).fillColor(theme.colors.accent).fill();
          const vt = fitOneLine(doc, ctx.fonts, valueTexts[start + k], valueW, labelStyle);
          drawLine(doc, vt, plotX + w + 4, rowY + 1.5, labelStyle);
        });
        doc.y = plotBottom + axisH;
      },
      { alt: first ? alt : `${ctx.labels.chartAlt(spec.title)} (${ctx.labels.continued})` },
    );
    start += chunk.length;
    first = false;
    doc.y += 4;
  }
  doc.y += theme.paragraphGap + 4;
}

/**
 * The height a chart needs on the page where it starts: all of it when it fits on a page (charts
 * are not split), else its title and first three bars. What introduces it keeps with this much.
 */
export function chartLead(ctx: KitContext, spec: BarChartSpec): number {
  const titleStyle: TextStyle = { size: theme.size.h3, bold: true, color: theme.colors.text, lineGap: 1 };
  const titleH = ctx.measure.height(spec.title, layout.width, titleStyle) + 6;
  if (!spec.data.some((d) => Number(d.value) > 0)) return titleH + 30;
  const axisH = 16 + (spec.valueLabel ? 13 : 0);
  const whole = titleH + spec.data.length * ROW_H + 4 + axisH + 4;
  return whole <= layout.pageContentHeight ? whole : titleH + 3 * ROW_H + 4 + axisH + 4;
}
