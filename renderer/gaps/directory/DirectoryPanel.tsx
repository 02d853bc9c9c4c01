import { confirmLeave } from '../../app/forms/unsaved-guard';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_STATUSES, type Service } from '../../../shared/model';
import { useVirtualRows } from '../../app/use-virtual-rows';
import type { GapsData } from '../use-gaps-data';
import { useCategoryName, useLookups } from '../use-gaps-data';
import { CategoriesEditor } from './CategoriesEditor';
import { useViewState } from '../../app/use-view-state';
import { whenIdle } from '../../app/when-idle';
import { filterServices, languageOptions, NO_FILTER, warmServiceSearch, type ServiceFilter } from './filter-services';
import { OrganizationForm } from './OrganizationForm';
import { ServiceForm } from './ServiceForm';
import { ServiceRow } from './ServiceRow';
import { AreaOptions, CategoryOptions } from '../select-options';
import { counted } from '../../app/i18n/counted';

/** Every service row's height in CSS px: the same figure as `.directory-table tbody tr` in gaps.css, so rows are never re-measured. */
const SERVICE_ROW_PX = 100;

/** What the editor shows; `opened` counts openings, so each opening starts from a fresh form (never the last one's typing). */
type Editing = ({ kind: 'service'; service: Service | null } | { kind: 'organization'; id: string | null }) & { opened?: number } | null;
let openings = 0;

/** The resource directory: search and filter services, and create or edit organizations, services and categories. */
export function DirectoryPanel({ data }: { data: GapsData }) {
  const { t } = useTranslation();
  const lookups = useLookups(data);
  // The search and filters stay as they were left when the user comes back to the directory.
  const [filter, setFilter] = useViewState<ServiceFilter>('directory:filter', NO_FILTER);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Typing stays responsive with a city's 10,000 services: the table follows the filters at React's lower priority.
  const deferredFilter = useDeferredValue(filter);
  const matches = useMemo(() => filterServices(data.services, lookups.organization, deferredFilter), [data.services, lookups.organization, deferredFilter]);
  const languages = useMemo(() => languageOptions(data.services), [data.services]);
  // The folded search texts, lined up after the table is painted: the first key typed only scans them.
  useEffect(() => whenIdle(() => warmServiceSearch(data.services, lookups.organization), 500), [data.services, lookups.organization]);
  const set = (patch: Partial<ServiceFilter>) => {
    setFilter({ ...filter, ...patch });
  };
  // Opening another editor in the open one's place asks first when it holds unsaved changes.
  const editService = useCallback((service: Service) => confirmLeave(() => setEditing({ kind: 'service', service, opened: ++openings })), []);
  const editOrganization = useCallback((id: string) => confirmLeave(() => setEditing({ kind: 'organization', id, opened: ++openings })), []);
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
  };

  return (
    <section aria-labelledby="directory-title" className="card">
      <div className="card-head">
        <h2 id="directory-title" className="card-title">
          {t('resources.directory.title')}
        </h2>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => confirmLeave(() => setEditing({ kind: 'service', service: null, opened: ++openings }))} disabled={data.organizations.length === 0}>
            {t('resources.directory.newService')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => confirmLeave(() => setEditing({ kind: 'organization', id: null, opened: ++openings }))}>
            {t('resources.directory.newOrganization')}
          </button>
        </div>
      </div>
      <p className="muted">{t('resources.directory.summary', { services: counted(t, 'service', data.services.length), organizations: counted(t, 'organization', data.organizations.length) })}</p>
      {data.organizations.length === 0 && <p className="hint">{t('resources.directory.startHint')}</p>}
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {editing?.kind === 'service' && <ServiceForm key={editing.opened} data={data} service={editing.service} onDone={done} onCancel={() => setEditing(null)} />}
      {editing?.kind === 'organization' && <OrganizationForm key={editing.opened} organization={editing.id ? (lookups.organization.get(editing.id) ?? null) : null} onDone={done} onCancel={() => setEditing(null)} />}

      <div className="filters" role="search">
        <div className="field field-grow">
          <label htmlFor="dir-q">{t('resources.directory.search')}</label>
          <input id="dir-q" type="search" value={filter.query} placeholder={t('resources.directory.searchPlaceholder')} onChange={(e) => set({ query: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="dir-cat">{t('resources.fields.category')}</label>
          <select id="dir-cat" value={filter.categoryId} onChange={(e) => set({ categoryId: e.target.value })}>
            <option value="">{t('resources.filters.allCategories')}</option>
            <CategoryOptions categories={data.categories} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="dir-area">{t('resources.fields.area')}</label>
          <select id="dir-area" value={filter.areaId} onChange={(e) => set({ areaId: e.target.value })}>
            <option value="">{t('resources.filters.allAreas')}</option>
            <AreaOptions areas={data.areas} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="dir-status">{t('resources.fields.status')}</label>
          <select id="dir-status" value={filter.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('resources.filters.anyStatus')}</option>
            {SERVICE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`resources.status.${s.replace(' ', '_')}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dir-lang">{t('resources.fields.language')}</label>
          <select id="dir-lang" value={filter.language} onChange={(e) => set({ language: e.target.value })}>
            <option value="">{t('resources.filters.anyLanguage')}</option>
            {languages.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted" role="status">
        {t('resources.directory.showing', { shown: matches.length, count: data.services.length })}
      </p>
      <ServiceTable matches={matches} lookups={lookups} onEditService={editService} onEditOrganization={editOrganization} />
      {matches.length === 0 && <p className="empty">{t('resources.directory.noMatch')}</p>}
      <CategoriesEditor categories={data.categories} />
    </section>
  );
}

interface ServiceTableProps {
  matches: Service[];
  lookups: ReturnType<typeof useLookups>;
  onEditService: (service: Service) => void;
  onEditOrganization: (id: string) => void;
}

/**
 * The windowed table of services. Its own memoized component: scrolling re-renders only the rows
 * in view, not the filters and forms above it.
 */
const ServiceTable = memo(function ServiceTable({ matches, lookups, onEditService, onEditOrganization }: ServiceTableProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  // A city's 10,000 services: only the rows in view are rendered (see app/use-virtual-rows.ts).
  const rows = useVirtualRows(matches.length, SERVICE_ROW_PX, { fixed: true });
  return (
    // A focusable, named region: PageDown, End and the arrows scroll the list itself, not the page.
    <div className="table-wrap table-scroll directory-scroll" ref={rows.scrollRef} tabIndex={0} role="region" aria-label={t('resources.directory.caption')}>
      <table className="table table-compact directory-table" aria-rowcount={matches.length + 1}>
        <caption className="visually-hidden">{t('resources.directory.caption')}</caption>
        {/* Fixed column widths: windowed rows must not change the columns as they scroll in. */}
        <colgroup>
          <col className="dir-col-service" />
          <col className="dir-col-organization" />
          <col className="dir-col-categories" />
          <col className="dir-col-areas" />
          <col className="dir-col-languages" />
          <col className="dir-col-status" />
          <col className="dir-col-verified" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('resources.fields.service')}</th>
            <th scope="col">{t('resources.fields.organization')}</th>
            <th scope="col">{t('resources.fields.categories')}</th>
            <th scope="col">{t('resources.fields.areas')}</th>
            <th scope="col">{t('resources.fields.languages')}</th>
            <th scope="col">{t('resources.fields.status')}</th>
            <th scope="col">{t('resources.fields.lastVerified')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.padTop > 0 && (
            <tr aria-hidden="true" className="virtual-spacer" style={{ height: rows.padTop }}>
              <td colSpan={7} />
            </tr>
          )}
          {rows.indexes.map((i) => {
            const s = matches[i];
            return (
              <ServiceRow
                key={s.id}
                service={s}
                organization={lookups.organization.get(s.organizationId)}
                categories={s.categoryIds.map((c) => categoryName(lookups.category.get(c))).join(', ')}
                areas={s.areaIds.map((a) => lookups.area.get(a)?.name).filter(Boolean).join(', ')}
                index={i}
                rowIndex={i + 2}
                measure={rows.measure}
                onEditService={onEditService}
                onEditOrganization={onEditOrganization}
              />
            );
          })}
          {rows.padBottom > 0 && (
            <tr aria-hidden="true" className="virtual-spacer" style={{ height: rows.padBottom }}>
              <td colSpan={7} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
});
