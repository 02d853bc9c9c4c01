import { z } from 'zod';
import { Area, AreaCreateInput, AreaImportInput, AreaImportResult, AreaUpdateInput, Id } from '../model';
import { ReportExportInput, ReportExportResult } from './reports';
import { WorkspaceStatus } from './workspace';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) => ({ input, output, summary });

const NoInput = z.object({}).strict();
const Deleted = z.object({ deleted: z.literal(true), id: Id });

/**
 * Every method the renderer can call, with its input and output schemas. The IPC bridge, the
 * HTTP host and the renderer's client are all derived from this object: adding a method is one
 * entry here plus its implementation in electron/services.
 */
export const contract = {
  'areas.list': method(NoInput, z.array(Area), 'All community areas, priority areas first, then by number.'),
  'areas.create': method(AreaCreateInput, Area, 'Adds a community area.'),
  'areas.update': method(AreaUpdateInput, Area, 'Renames, renumbers or (un)marks a community area as priority.'),
  'areas.delete': method(z.object({ id: Id }), Deleted, 'Deletes a community area no record uses.'),
  'areas.import': method(AreaImportInput, AreaImportResult, 'Replaces the whole list from a CSV with number,name[,priority] columns, all or nothing.'),
  'reports.export': method(ReportExportInput, ReportExportResult, 'Builds a PDF report: the browser host answers the PDF itself, the desktop app saves it where the user chooses.'),
  'workspace.status': method(NoInput, WorkspaceStatus, 'The data file, its backups and any recovery made when it was opened.'),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** IPC channel names: the only two the preload and main process use. */
export const IPC_CALL_CHANNEL = 'convene:call';
export const IPC_EVENT_CHANNEL = 'convene:event';

/** Largest JSON body the HTTP host accepts. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** What a call answers across IPC: the output, or the error as data. */
export type CallResult<O = unknown> = { ok: true; data: O } | { ok: false; error: import('./errors').ApiErrorBody };
