import { useTranslation } from 'react-i18next';
import { NavIcon } from './NavIcon';
import { SECTIONS, sectionHref, type SectionId } from './routes';

/** The left navigation: one link per section, the current one marked with `aria-current="page"`. */
export function Navigation({ current }: { current: SectionId }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul className="nav-list">
        {SECTIONS.map((id) => (
          <li key={id}>
            <a href={sectionHref(id)} className="nav-link" aria-current={id === current ? 'page' : undefined}>
              <NavIcon section={id} />
              <span>{t(`nav.${id}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
