import type { TFunction } from 'i18next';
import type { Area } from '../../shared/model';
import type { VersionedSaveRequest } from '../app/conflicts/use-versioned-save';

/** An area's editable fields, as the conflict dialog (app/conflicts) compares them. */
export type AreaValues = { name: string; number: number; priority: boolean };

export const areaValues = (a: Area): AreaValues => ({ name: a.name, number: a.number, priority: a.priority });

/** How the conflict dialog names an area's fields. */
export function areaFieldWords(t: TFunction): Pick<VersionedSaveRequest<AreaValues, Area>, 'label' | 'valuesOf'> {
  return { valuesOf: areaValues, label: (key) => t(`areas.columns.${key}`) };
}
