import { useTranslation } from 'react-i18next';
import { SectionPage } from './SectionPage';

/**
 * A section whose feature is still to be built: says plainly what it will hold. The catalog
 * keys are `<section>.title`, `<section>.intro` and `<section>.points.one|two|three`.
 */
export function FutureSection({ section, focusHeading }: { section: 'exercises' | 'townhalls' | 'gaps' | 'reports'; focusHeading: boolean }) {
  const { t } = useTranslation();
  return (
    <SectionPage title={t(`${section}.title`)} intro={t(`${section}.intro`)} focusHeading={focusHeading}>
      <ol className="feature-steps">
        {(['one', 'two', 'three'] as const).map((n) => (
          <li key={n} className="feature-step">
            {t(`${section}.points.${n}`)}
          </li>
        ))}
      </ol>
    </SectionPage>
  );
}
