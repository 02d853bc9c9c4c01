import type { Area, Category } from '../../shared/model';
import { useCategoryName } from './use-gaps-data';

/** The `<option>`s of a category choice, named in the UI's language. */
export function CategoryOptions({ categories }: { categories: readonly Category[] }) {
  const categoryName = useCategoryName();
  return (
    <>
      {categories.map((c) => (
        <option key={c.id} value={c.id}>
          {categoryName(c)}
        </option>
      ))}
    </>
  );
}

/** The `<option>`s of a community-area choice: number and name, as every list shows them. */
export function AreaOptions({ areas }: { areas: readonly Area[] }) {
  return (
    <>
      {areas.map((a) => (
        <option key={a.id} value={a.id}>
          {a.number} · {a.name}
        </option>
      ))}
    </>
  );
}
