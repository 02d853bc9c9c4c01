import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../shared/model';
import { foldForSearch } from '../../settings/search-text';

/** What a community area is matched on: its number and its name, without accents or case. */
function matches(area: Pick<Area, 'number' | 'name'>, query: string): boolean {
  const q = foldForSearch(query.trim());
  if (q === '') return true;
  const name = foldForSearch(area.name);
  const number = area.number === null || area.number === undefined ? '' : String(area.number);
  return name.includes(q) || number.startsWith(q) || `${number} ${name}`.includes(q);
}

/**
 * How well an area matches what was typed (lower is better): the number itself, the whole name,
 * the start of the name, the start of a word in it, anywhere in it.
 */
function rank(area: Pick<Area, 'number' | 'name'>, query: string): number {
  const q = foldForSearch(query.trim());
  const name = foldForSearch(area.name);
  const number = area.number === null || area.number === undefined ? '' : String(area.number);
  if (number === q || name === q) return 0;
  if (name.startsWith(q) || number.startsWith(q)) return 1;
  if (name.split(/[\s-]+/).some((word) => word.startsWith(q))) return 2;
  return 3;
}

const areaLabel = (a: Pick<Area, 'number' | 'name'>) => (a.number === null || a.number === undefined ? a.name : `${a.number} · ${a.name}`);

/**
 * A searchable multi-select of community areas (the WAI-ARIA combobox pattern with a
 * multi-selectable listbox), in place of a 77-row Ctrl+click list.
 *
 * Keyboard: type to filter (accents and case ignored; a number matches the area's number); Down
 * and Up move through the matches (opening the list), Home and End jump; Enter adds or removes the
 * highlighted area (the best match when none is highlighted; matches are ranked: number or whole
 * name, start of the name, start of a word, anywhere) and closes the list when text was typed,
 * Space does too (keeping the list open) once the arrows were
 * used (before that it types a space, for names like "Washington Park"); Escape closes the list,
 * then clears the text; Backspace in the empty field removes the last chosen area. Each chosen
 * area is a chip whose remove button is reachable with Tab. What happens is announced in a
 * polite live region; the input names the field, the listbox and chips carry their own labels.
 */
export function AreaMultiSelect({
  id: givenId,
  label,
  hint,
  areas,
  value,
  onChange,
}: {
  id?: string;
  label: string;
  /** Extra help under the field (e.g. where the areas came from); the keyboard help is always given. */
  hint?: string;
  areas: readonly Area[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const auto = useId();
  const id = givenId ?? `area-pick-${auto}`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [navigated, setNavigated] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const chips = useRef<HTMLUListElement>(null);

  const byId = useMemo(() => new Map(areas.map((a) => [a.id, a])), [areas]);
  const chosen = value.map((v) => byId.get(v)).filter((a): a is Area => !!a);
  // Best matches first: "Englewood" puts 68 · Englewood before 67 · West Englewood, so Enter takes it.
  const found = useMemo(() => {
    const hits = areas.filter((a) => matches(a, query));
    return query.trim() === '' ? hits : hits.map((a, i) => [rank(a, query), i, a] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]).map(([, , a]) => a);
  }, [areas, query]);
  const selected = new Set(value);
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    if (!open || active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const toggle = (area: Area) => {
    if (selected.has(area.id)) {
      onChange(value.filter((v) => v !== area.id));
      setAnnouncement(t('areaPicker.removed', { name: areaLabel(area), count: value.length - 1 }));
    } else {
      onChange([...value, area.id]);
      setAnnouncement(t('areaPicker.added', { name: areaLabel(area), count: value.length + 1 }));
    }
  };

  /**
   * Picks (or unpicks) an area from the list. The filter text is cleared after a pick, so the next
   * search starts afresh; the highlight stays on the picked area, now in the whole list.
   */
  const pick = (area: Area) => {
    toggle(area);
    if (query !== '') {
      setQuery('');
      setActive(areas.indexOf(area));
    }
  };

  const remove = (area: Area, index: number) => {
    toggle(area);
    // Focus stays in the field: on the next chip's button, else the previous one, else the input.
    requestAnimationFrame(() => {
      const buttons = chips.current?.querySelectorAll('button') ?? [];
      const next = (buttons[index] ?? buttons[index - 1]) as HTMLButtonElement | undefined;
      (next ?? input.current)?.focus();
    });
  };

  const move = (to: number) => {
    if (found.length === 0) return;
    setOpen(true);
    setNavigated(true);
    setActive(Math.max(0, Math.min(found.length - 1, to)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      if (event.altKey && event.key === 'ArrowDown') {
        event.preventDefault();
        setOpen(true);
      }
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(open ? active + 1 : Math.max(active, 0));
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(open ? active - 1 : found.length - 1);
        break;
      case 'Home':
        if (open && navigated) {
          event.preventDefault();
          move(0);
        }
        break;
      case 'End':
        if (open && navigated) {
          event.preventDefault();
          move(found.length - 1);
        }
        break;
      case 'Enter': {
        // Never submits the form from here: Enter picks.
        event.preventDefault();
        const area = found[active >= 0 ? active : 0];
        if (open && area) {
          if (!navigated) setActive(0);
          pick(area);
          // A pick from typed text is done: the list closes so it does not cover the form (typing opens it again).
          if (query !== '') {
            setOpen(false);
            setActive(-1);
            setNavigated(false);
          }
        } else setOpen(true);
        break;
      }
      case ' ':
        if (open && navigated && found[active]) {
          event.preventDefault();
          pick(found[active]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Backspace':
        if (query === '' && chosen.length > 0) {
          event.preventDefault();
          toggle(chosen[chosen.length - 1]);
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const hintId = `${id}-hint`;
  const listId = `${id}-listbox`;
  const countText = open ? (found.length === 0 ? t('areaPicker.none', { query: query.trim() }) : t('areaPicker.results', { count: found.length })) : '';

  return (
    <div className="area-picker" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && (setOpen(false), setActive(-1))}>
      <label htmlFor={id}>{label}</label>
      {chosen.length > 0 && (
        <ul className="area-chips" ref={chips} aria-label={t('areaPicker.chosen', { label, count: chosen.length })}>
          {chosen.map((a, i) => (
            <li key={a.id} className="area-chip">
              <span>{areaLabel(a)}</span>
              <button type="button" className="area-chip-remove" aria-label={t('areaPicker.remove', { name: areaLabel(a) })} onClick={() => remove(a, i)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="area-picker-box">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 && found[active] ? optionId(active) : undefined}
          aria-describedby={hintId}
          placeholder={t('areaPicker.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setAnnouncement('');
            setOpen(true);
            setActive(-1);
            setNavigated(false);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
        />
        <ul ref={list} id={listId} role="listbox" aria-multiselectable="true" aria-label={label} className="area-listbox" hidden={!open}>
          {open &&
            found.map((a, i) => (
              <li
                key={a.id}
                id={optionId(i)}
                role="option"
                aria-selected={selected.has(a.id)}
                className={`area-option${i === active ? ' area-option-active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setActive(i);
                  pick(a);
                  input.current?.focus();
                }}
              >
                <span className="area-option-check" aria-hidden="true">
                  {selected.has(a.id) ? '✓' : ''}
                </span>
                {areaLabel(a)}
              </li>
            ))}
        </ul>
      </div>
      <span id={hintId} className="hint">
        {hint ? `${hint} ` : ''}
        {t('areaPicker.keys')}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement || countText}
      </span>
    </div>
  );
}
