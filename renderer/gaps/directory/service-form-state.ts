import { scheduleInWords, toLanguage, type ScheduleLanguage } from '../../../shared/logic';
import type { Service, ServiceSaveInput, ServiceStatus } from '../../../shared/model';

/** The service form as the person types it: plain strings, turned into the contract's input on save. */
export interface ServiceFormState {
  organizationId: string;
  name: string;
  program: string;
  description: string;
  status: ServiceStatus;
  categoryIds: string[];
  areaIds: string[];
  languages: string;
  schedule: string;
  eligibility: string;
  capacityAvailable: string;
  capacityMaximum: string;
  capacityUnit: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  url: string;
  email: string;
  lastVerified: string;
}

/** The form's fields from a service; schedules in words in the UI language ("Saturday 10:00–14:00"). */
export function formFromService(s: Service | null, organizationId: string, lang: ScheduleLanguage = 'en'): ServiceFormState {
  const cap = s?.capacity[0];
  const contact = s?.contacts[0];
  return {
    organizationId: s?.organizationId ?? organizationId,
    name: s?.name ?? '',
    program: s?.program ?? '',
    description: s?.description ?? '',
    status: s?.status ?? 'active',
    categoryIds: s?.categoryIds ?? [],
    areaIds: s?.areaIds ?? [],
    languages: (s?.languages ?? []).map((l) => l.name || l.code).join(', '),
    schedule: s?.schedules.map((h) => scheduleInWords(h, lang)).filter(Boolean).join('; ') ?? '',
    eligibility: s?.eligibility ?? '',
    capacityAvailable: cap?.available?.toString() ?? '',
    capacityMaximum: cap?.maximum?.toString() ?? '',
    capacityUnit: cap?.unit ?? '',
    contactName: contact?.name ?? '',
    contactPhone: contact?.phone ?? '',
    contactEmail: contact?.email ?? '',
    url: s?.url ?? '',
    email: s?.email ?? '',
    lastVerified: s?.lastVerified ?? '',
  };
}

const num = (text: string) => (text.trim() === '' ? null : Number(text));

/** The save input: the form's fields over the record's others, so editing never drops imported detail. */
export function serviceInput(form: ServiceFormState, original: Service | null, today: string, lang: ScheduleLanguage = 'en'): ServiceSaveInput {
  const schedulesChanged = !original || formFromService(original, '', lang).schedule !== form.schedule;
  const capacity = form.capacityUnit || form.capacityAvailable || form.capacityMaximum ? [{ available: num(form.capacityAvailable), maximum: num(form.capacityMaximum), unit: form.capacityUnit, updated: today }, ...(original?.capacity.slice(1) ?? [])] : [];
  const contact = form.contactName || form.contactPhone || form.contactEmail ? [{ name: form.contactName, title: original?.contacts[0]?.title ?? '', email: form.contactEmail, phone: form.contactPhone }, ...(original?.contacts.slice(1) ?? [])] : (original?.contacts.slice(1) ?? []);
  const { createdAt: _c, updatedAt: _u, ...rest } = original ?? ({} as Partial<Service>);
  return {
    ...rest,
    id: original?.id,
    organizationId: form.organizationId,
    name: form.name,
    program: form.program,
    description: form.description,
    status: form.status,
    categoryIds: form.categoryIds,
    areaIds: form.areaIds,
    languages: form.languages.split(/[,;]/).map((l) => l.trim()).filter(Boolean).map((l) => toLanguage(l)),
    schedules: schedulesChanged ? (form.schedule.trim() ? [{ freq: '', byday: '', opensAt: '', closesAt: '', validFrom: '', validTo: '', description: form.schedule.trim() }] : []) : (original?.schedules ?? []),
    eligibility: form.eligibility,
    capacity,
    contacts: contact,
    url: form.url,
    email: form.email,
    lastVerified: form.lastVerified || null,
  };
}
