import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../../app/forms/unsaved-guard';
import type { Category } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';

/** The editable category taxonomy: rename in both languages, add, delete an unused one. */
export function CategoriesEditor({ categories }: { categories: Category[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<{ id?: string; version?: number; en: string; es: string }>({ en: '', es: '' });
  const [error, setError] = useState<string | null>(null);
  useUnsavedGuard(draft.en.trim() !== '' || draft.es.trim() !== '');
  const save = async () => {
    setError(null);
    try {
      await api.call('resources.saveCategory', { id: draft.id, version: draft.version, name: { en: draft.en, es: draft.es } });
      setDraft({ en: '', es: '' });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  const remove = async (c: Category) => {
    setError(null);
    try {
      await api.call('resources.deleteCategory', { id: c.id });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };
  return (
    <details className="categories-editor" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('resources.categories.title', { count: categories.length })}</summary>
      {/* Closed, it renders nothing but its summary: the directory of a city opens without building a form and a list nobody sees. */}
      {open && (<>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <form
        className="form-row"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field field-grow">
          <label htmlFor="cat-en">{t('resources.categories.nameEn')}</label>
          <input id="cat-en" type="text" aria-required value={draft.en} onChange={(e) => setDraft({ ...draft, en: e.target.value })} />
        </div>
        <div className="field field-grow">
          <label htmlFor="cat-es">{t('resources.categories.nameEs')}</label>
          <input id="cat-es" type="text" aria-required value={draft.es} onChange={(e) => setDraft({ ...draft, es: e.target.value })} />
        </div>
        <div className="field field-submit">
          <button type="submit" className="button button-primary">
            {draft.id ? t('resources.categories.rename') : t('resources.categories.add')}
          </button>
        </div>
      </form>
      <ul className="category-list">
        {categories.map((c) => (
          <li key={c.id}>
            <span>
              {c.name.en} <span className="muted">/ {c.name.es}</span>
            </span>
            <span className="actions">
              <button type="button" className="button button-quiet button-small" onClick={() => setDraft({ id: c.id, version: c.version, en: c.name.en, es: c.name.es })} aria-label={t('resources.categories.editOne', { name: c.name.en })}>
                {t('resources.directory.edit')}
              </button>
              <button type="button" className="button button-danger-quiet button-small" onClick={() => void remove(c)} aria-label={t('resources.categories.deleteOne', { name: c.name.en })}>
                {t('resources.categories.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      </>)}
    </details>
  );
}
