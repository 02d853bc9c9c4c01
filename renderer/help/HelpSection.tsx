import { useTranslation } from 'react-i18next';
import type { SectionProps } from '../app/sections';
import { SectionPage } from '../app/SectionPage';

/** The user guide topics, in the order a new team usually needs them. */
export const HELP_TOPICS = ['exercise', 'townhall', 'directory', 'scenarioImport', 'backup', 'reports'] as const;

/**
 * The Help page: the user guide in the UI's language (the README's "User guide" says the same),
 * one section per job with numbered steps and a table of contents linking to each.
 */
export function HelpSection({ focusHeading }: SectionProps) {
  const { t } = useTranslation();
  const steps = (topic: string) => Object.values(t(`help.topics.${topic}.steps`, { returnObjects: true }) as Record<string, string>);
  return (
    <SectionPage title={t('help.title')} intro={t('help.intro')} focusHeading={focusHeading}>
      <nav className="card help-contents" aria-labelledby="help-contents">
        <h2 id="help-contents" className="card-title">
          {t('help.contents')}
        </h2>
        <ul>
          {HELP_TOPICS.map((topic) => (
            <li key={topic}>
              <button type="button" className="link-button" onClick={() => document.getElementById(`help-${topic}`)?.focus()}>
                {t(`help.topics.${topic}.title`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {HELP_TOPICS.map((topic) => (
        <section key={topic} className="card help-topic" aria-labelledby={`help-${topic}`}>
          <h2 id={`help-${topic}`} tabIndex={-1} className="card-title">
            {t(`help.topics.${topic}.title`)}
          </h2>
          <ol>
            {steps(topic).map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </section>
      ))}
    </SectionPage>
  );
}
