import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The file name of a data file path, POSIX or Windows. */
const fileName = (path: string) => path.split(/[\\/]/).pop() || path;

/**
 * The app's header: brand, the open workspace (its data file's name; the full path as the title
 * and in the accessible name) and the language switch.
 * @param dataFile the open workspace's data file, or null while not known yet
 */
export function AppHeader({ dataFile }: { dataFile?: string | null }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="8" fill="currentColor" />
          <g fill="#fff">
            <circle cx="16" cy="9.5" r="3" />
            <circle cx="9" cy="20.5" r="3" />
            <circle cx="23" cy="20.5" r="3" />
          </g>
          <path d="M16 9.5 9 20.5h14z" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinejoin="round" opacity="0.7" />
        </svg>
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </div>
      {dataFile && (
        <p className="workspace-name" title={dataFile}>
          <span className="workspace-name-label">{t('app.workspace')}</span>{' '}
          <span className="workspace-name-file" aria-hidden="true">{fileName(dataFile)}</span>
          <span className="visually-hidden">{t('app.workspaceFull', { name: fileName(dataFile), path: dataFile })}</span>
        </p>
      )}
      <LanguageSwitch />
    </header>
  );
}
