import type { z } from 'zod';
import { areasMethods } from './methods/areas';
import { resourcesMethods } from './methods/resources';
import { exercisesMethods } from './methods/exercises';
import { townhallsMethods } from './methods/townhalls';
import { workspaceMethods } from './methods/workspace';
import { roomMethods } from './methods/room';

/**
 * Every method the renderer can call, with its input and output schemas. The IPC bridge, the
 * HTTP host and the renderer's client are all derived from this object: adding a method is one
 * entry in a `methods/<collection>.ts` file plus its implementation in electron/services.
 */
export const contract = {
  ...areasMethods,
  ...resourcesMethods,
  ...exercisesMethods,
  ...workspaceMethods,
  ...townhallsMethods,
  ...roomMethods,
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
