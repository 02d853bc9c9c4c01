import { useTranslation } from 'react-i18next';
import { addressInWords, phoneInWords, scheduleInWords } from '../../../shared/logic';
import type { Location } from '../../../shared/model';

/**
 * Where a service is offered: each of its locations with its address, its own phone numbers and
 * its opening hours (in words, in the UI language). Imported location phones and hours are shown
 * here, on the record they describe.
 */
export function LocationDetails({ locations, missing }: { locations: readonly Location[]; missing: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('es') ? 'es' : 'en';
  return (
    <section className="location-details" aria-labelledby="svc-locations-title">
      <h4 id="svc-locations-title" className="subheading">
        {t('resources.location.title', { count: locations.length })}
      </h4>
      {locations.length === 0 && missing === 0 && <p className="muted">{t('resources.location.none')}</p>}
      {locations.length > 0 && (
        <ul className="location-list">
          {locations.map((l) => {
            const address = addressInWords(l);
            const hours = l.schedules.map((s) => scheduleInWords(s, lang)).filter(Boolean);
            return (
              <li key={l.id} aria-label={l.name || address || t('resources.location.unnamed')}>
                <strong>{l.name || address || t('resources.location.unnamed')}</strong>
                <dl className="location-facts">
                  <dt>{t('resources.location.address')}</dt>
                  <dd>{address || <span className="muted">{t('resources.location.noAddress')}</span>}</dd>
                  <dt>{t('resources.location.phones')}</dt>
                  <dd>
                    {l.phones.length === 0 ? (
                      <span className="muted">{t('resources.location.noPhones')}</span>
                    ) : (
                      l.phones.map((p, i) => (
                        <span key={i} className="block">
                          {phoneInWords(p)}
                        </span>
                      ))
                    )}
                  </dd>
                  <dt>{t('resources.location.hours')}</dt>
                  <dd>
                    {hours.length === 0 ? (
                      <span className="muted">{t('resources.location.noHours')}</span>
                    ) : (
                      hours.map((h, i) => (
                        <span key={i} className="block">
                          {h}
                        </span>
                      ))
                    )}
                  </dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      {missing > 0 && <p className="muted">{t('resources.location.missing', { count: missing })}</p>}
    </section>
  );
}
