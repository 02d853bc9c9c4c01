import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization, Service } from '../../../shared/model';
import { formatDate } from '../format-date';

export interface ServiceRowProps {
  service: Service;
  organization: Organization | undefined;
  /** Category and area names, already joined for display. */
  categories: string;
  areas: string;
  /** 1-based position among all rows of the table, header included (aria-rowindex). */
  rowIndex: number;
  /** The list index, for the virtualizer's measurement. */
  index: number;
  measure?: (el: Element | null) => void;
  onEditService: (service: Service) => void;
  onEditOrganization: (id: string) => void;
}

/**
 * One service in the directory table. Its own component (memoized) so the table can window its
 * rows, and so controls added to a row stay in this file.
 */
export const ServiceRow = memo(function ServiceRow({ service: s, organization: org, categories, areas, rowIndex, index, measure, onEditService, onEditOrganization }: ServiceRowProps) {
  const { t, i18n } = useTranslation();
  return (
    <tr ref={measure} data-index={index} aria-rowindex={rowIndex}>
      <th scope="row" className="cell-name">
        {/* One height for every row (see gaps.css): long names and lists are clamped, the editor shows all. */}
        <span className="dir-clamp" title={s.name.length > 60 ? s.name : undefined}>
          {s.name}
        </span>
        {s.program && <span className="muted dir-clamp-1">{s.program}</span>}
        <button type="button" className="button button-quiet button-small row-edit" onClick={() => onEditService(s)} aria-label={t('resources.directory.editService', { name: s.name })}>
          {t('resources.directory.edit')}
        </button>
      </th>
      <td>
        {org ? (
          <button type="button" className="button-link" onClick={() => onEditOrganization(org.id)}>
            {org.name}
          </button>
        ) : null}
      </td>
      <td>
        <span className="dir-clamp dir-clamp-3" title={categories.length > 60 ? categories : undefined}>
          {categories}
        </span>
      </td>
      <td>
        {areas ? (
          <span className="dir-clamp dir-clamp-3" title={areas.length > 60 ? areas : undefined}>
            {areas}
          </span>
        ) : (
          <span className="muted">{s.serviceAreaText ? t('resources.directory.areaText') : '—'}</span>
        )}
      </td>
      <td>
        <span className="dir-clamp dir-clamp-3">{s.languages.map((l) => l.name || l.code).join(', ')}</span>
      </td>
      <td>
        <span className={`badge status-${s.status.replace(' ', '-')}`}>{t(`resources.status.${s.status.replace(' ', '_')}`)}</span>
      </td>
      <td>{s.lastVerified ? formatDate(s.lastVerified, i18n.language) : <span className="muted">{t('resources.directory.never')}</span>}</td>
    </tr>
  );
});
