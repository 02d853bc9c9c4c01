import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellEvidence, coverageMatrix, type CoverageCell } from '../../../shared/logic';
import { EvidenceList } from '../needs/EvidenceList';
import { useCategoryName, useLookups, type GapsData } from '../use-gaps-data';
import { counted } from '../../app/i18n/counted';

/** Heat level of a cell: open gaps weigh most; a cell with needs but no service is the darkest. */
export function heatLevel(cell: CoverageCell): 'gap-high' | 'gap' | 'partial' | 'covered' | 'supply' | 'empty' {
  if (cell.uncovered > 0 && cell.services === 0) return 'gap-high';
  if (cell.uncovered > 0) return 'gap';
  if (cell.partial > 0) return 'partial';
  if (cell.needs > 0) return 'covered';
  if (cell.services > 0) return 'supply';
  return 'empty';
}

/** Community areas (priority first) by categories: services, needs and gaps per cell; a cell opens its evidence. */
export function MatrixPanel({ data }: { data: GapsData }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const lookups = useLookups(data);
  const [onlyActive, setOnlyActive] = useState(true);
  const [open, setOpen] = useState<{ areaId: string; categoryId: string } | null>(null);
  const matrix = useMemo(() => coverageMatrix(data), [data]);
  const columns = useMemo(() => matrix.categories.map((c, i) => ({ c, i })).filter(({ i }) => !onlyActive || matrix.cells.some((row) => row[i].services + row[i].needs > 0)), [matrix, onlyActive]);
  const rows = useMemo(() => matrix.areas.map((a, i) => ({ a, i })).filter(({ i }) => !onlyActive || columns.some(({ i: k }) => matrix.cells[i][k].services + matrix.cells[i][k].needs > 0)), [matrix, columns, onlyActive]);
  const evidence = open ? cellEvidence(data, open.areaId, open.categoryId) : null;

  return (
    <section className="card" aria-labelledby="matrix-title">
      <h2 id="matrix-title" className="card-title">
        {t('resources.matrix.title')}
      </h2>
      <p className="muted">{t('resources.matrix.intro')}</p>
      <p role="status" data-testid="matrix-totals">
        {t('resources.matrix.totals', { services: counted(t, 'placedService', matrix.totals.services), needs: counted(t, 'openNeed', matrix.totals.needs), gaps: counted(t, 'gap', matrix.totals.gaps) })}
      </p>
      {(matrix.unplacedNeeds > 0 || matrix.unplacedServices > 0) && <p className="hint">{t('resources.matrix.unplaced', { needs: counted(t, 'openNeed', matrix.unplacedNeeds), services: counted(t, 'activeService', matrix.unplacedServices) })}</p>}
      <label className="check">
        <input type="checkbox" checked={onlyActive} onChange={(e) => setOnlyActive(e.target.checked)} />
        {t('resources.matrix.onlyActive')}
      </label>
      <ul className="map-legend" aria-label={t('resources.map.legend')}>
        {(['gap-high', 'gap', 'partial', 'covered', 'supply'] as const).map((l) => (
          <li key={l}>
            <span className={`legend-swatch heat-${l}`} /> {t(`resources.matrix.legend.${l}`)}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="empty">{t('resources.matrix.empty')}</p>
      ) : (
        <div className="table-scroll matrix-scroll">
          <table className="matrix" data-testid="coverage-matrix">
            <caption className="visually-hidden">{t('resources.matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('resources.fields.area')}</th>
                {columns.map(({ c }) => (
                  <th scope="col" key={c.id} className="matrix-col">
                    <span>{categoryName(c)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ a, i }) => (
                <tr key={a.id}>
                  <th scope="row" className="matrix-row">
                    {a.priority && <span className="badge badge-priority">{t('resources.matrix.priority')}</span>} {a.number} · {a.name}
                  </th>
                  {columns.map(({ c, i: k }) => {
                    const cell = matrix.cells[i][k];
                    const label = t('resources.matrix.cellLabel', { area: a.name, category: categoryName(c), services: counted(t, 'service', cell.services), needs: counted(t, 'need', cell.needs), gaps: counted(t, 'gap', cell.gaps) });
                    const isOpen = open?.areaId === a.id && open.categoryId === c.id;
                    return (
                      <td key={c.id} className={`heat-${heatLevel(cell)}`}>
                        <button type="button" className="matrix-cell" aria-label={label} title={label} aria-expanded={isOpen} onClick={() => setOpen(isOpen ? null : { areaId: a.id, categoryId: c.id })} data-testid={`cell-${a.number}-${c.code}`}>
                          <span>{cell.services}</span>
                          <span>{cell.needs}</span>
                          <span className="cell-gaps">{cell.gaps}</span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">{t('resources.matrix.cellKey')}</p>
      {open && evidence && (
        <section className="evidence-panel" aria-labelledby="evidence-title" data-testid="cell-evidence">
          <h3 id="evidence-title" className="subheading">
            {t('resources.matrix.evidenceTitle', { area: lookups.area.get(open.areaId)?.name ?? '', category: categoryName(lookups.category.get(open.categoryId)) })}
          </h3>
          <div className="link-columns">
            <div>
              <h4 className="preview-title">{t('resources.matrix.needsHere', { count: evidence.needs.length })}</h4>
              {evidence.needs.length === 0 && <p className="empty">{t('resources.matrix.noNeeds')}</p>}
              <ul className="need-list">
                {evidence.needs.map(({ need, coverage }) => (
                  <li key={need.id} className={`need-item${coverage ? '' : ' need-uncovered'}`}>
                    <strong>{need.title}</strong> <span className={`badge coverage-${coverage ?? 'none'}`}>{t(`resources.coverage.${coverage ?? 'none'}`)}</span>
                    <EvidenceList evidence={need.evidence} />
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h4 className="preview-title">{t('resources.matrix.servicesHere', { count: evidence.services.length })}</h4>
              {evidence.services.length === 0 && <p className="empty">{t('resources.matrix.noServices')}</p>}
              <ul className="link-list">
                {evidence.services.map((s) => (
                  <li key={s.id}>
                    {s.name} <span className="muted">({lookups.organization.get(s.organizationId)?.name})</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </section>
      )}
    </section>
  );
}
