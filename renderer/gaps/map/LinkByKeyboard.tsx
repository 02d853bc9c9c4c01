import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchKey, suggestServices } from '../../../shared/logic';
import type { CoverageKind, Service } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { languageOptions } from '../directory/filter-services';
import { useLookups, type GapsData } from '../use-gaps-data';

/**
 * The gap map's linking without a canvas: choose a need, see its links and the suggested
 * resources (same category, serving its area, in the language asked for), link or unlink with
 * buttons, or find any resource by name.
 */
export function LinkByKeyboard({ data, initialNeedId }: { data: GapsData; initialNeedId?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const lookups = useLookups(data);
  const openNeeds = data.needs.filter((n) => n.status === 'open');
  const [needId, setNeedId] = useState(initialNeedId && lookups.need.has(initialNeedId) ? initialNeedId : (openNeeds[0]?.id ?? ''));
  const [language, setLanguage] = useState('');
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const need = lookups.need.get(needId);
  const links = data.links.filter((l) => l.needId === needId);
  const suggestions = useMemo(() => (need ? suggestServices(need, data.services, data.links, { language }) : []), [need, data.services, data.links, language]);
  const found = useMemo(() => {
    const q = matchKey(query);
    if (q.length < 2) return [];
    const linked = new Set(links.map((l) => l.serviceId));
    return data.services.filter((s) => !linked.has(s.id) && matchKey(`${s.name} ${lookups.organization.get(s.organizationId)?.name ?? ''}`).includes(q)).slice(0, 10);
  }, [query, data.services, links, lookups.organization]);
  const languages = useMemo(() => languageOptions(data.services), [data.services]);

  const link = async (service: Service, coverage: CoverageKind) => {
    setError(null);
    try {
      await api.call('links.set', { needId, serviceId: service.id, coverage });
      setStatus(t('resources.link.linked', { service: service.name, need: need?.title ?? '', coverage: t(`resources.coverage.${coverage}`) }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  const unlink = async (id: string, name: string) => {
    setError(null);
    try {
      await api.call('links.delete', { id });
      setStatus(t('resources.link.unlinked', { service: name }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  const linkButtons = (s: Service) => (
    <span className="actions">
      <button type="button" className="button button-primary button-small" onClick={() => void link(s, 'full')} aria-label={t('resources.link.linkFullOne', { name: s.name })}>
        {t('resources.link.linkFull')}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => void link(s, 'partial')} aria-label={t('resources.link.linkPartialOne', { name: s.name })}>
        {t('resources.link.linkPartial')}
      </button>
    </span>
  );

  return (
    <section className="card" aria-labelledby="link-title">
      <h2 id="link-title" className="card-title">
        {t('resources.link.title')}
      </h2>
      <p className="muted">{t('resources.link.intro')}</p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <p role="status" className="visually-hidden-status">
        {status}
      </p>
      {openNeeds.length === 0 ? (
        <p className="empty">{t('resources.link.noNeeds')}</p>
      ) : (
        <div className="filters">
          <div className="field field-grow">
            <label htmlFor="link-need">{t('resources.link.need')}</label>
            <select id="link-need" value={needId} onChange={(e) => setNeedId(e.target.value)}>
              {openNeeds.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.title}
                  {n.areaId ? ` — ${lookups.area.get(n.areaId)?.name ?? ''}` : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="link-lang">{t('resources.link.language')}</label>
            <select id="link-lang" value={language} onChange={(e) => setLanguage(e.target.value)}>
              <option value="">{t('resources.filters.anyLanguage')}</option>
              {languages.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {need && (
        <div className="link-columns">
          <div>
            <h3 className="subheading">{t('resources.link.current', { count: links.length })}</h3>
            {links.length === 0 && <p className="empty">{t('resources.link.uncovered')}</p>}
            <ul className="link-list" aria-label={t('resources.link.current', { count: links.length })}>
              {links.map((l) => {
                const s = lookups.service.get(l.serviceId);
                return (
                  <li key={l.id}>
                    <span>
                      {s?.name} <span className="badge">{t(`resources.coverage.${l.coverage}`)}</span>
                    </span>
                    <span className="actions">
                      <button type="button" className="button button-secondary button-small" onClick={() => s && void link(s, l.coverage === 'full' ? 'partial' : 'full')}>
                        {l.coverage === 'full' ? t('resources.map.makePartial') : t('resources.map.makeFull')}
                      </button>
                      <button type="button" className="button button-danger-quiet button-small" onClick={() => void unlink(l.id, s?.name ?? '')} aria-label={t('resources.link.unlinkOne', { name: s?.name ?? '' })}>
                        {t('resources.map.removeLink')}
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
          <div>
            <h3 className="subheading">{t('resources.link.suggested')}</h3>
            {suggestions.length === 0 && <p className="empty">{t('resources.link.noSuggestions')}</p>}
            <ul className="link-list" aria-label={t('resources.link.suggested')}>
              {suggestions.map(({ service, reasons }) => (
                <li key={service.id}>
                  <span>
                    {service.name} <span className="muted">({lookups.organization.get(service.organizationId)?.name})</span>
                    <span className="reasons">{reasons.map((r) => t(`resources.link.reason.${r}`)).join(' · ')}</span>
                  </span>
                  {linkButtons(service)}
                </li>
              ))}
            </ul>
            <div className="field">
              <label htmlFor="link-search">{t('resources.link.search')}</label>
              <input id="link-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('resources.directory.searchPlaceholder')} />
            </div>
            <ul className="link-list" aria-label={t('resources.link.searchResults')}>
              {found.map((s) => (
                <li key={s.id}>
                  <span>
                    {s.name} <span className="muted">({lookups.organization.get(s.organizationId)?.name})</span>
                  </span>
                  {linkButtons(s)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
