/**
 * The worker side of `./pool.ts`. A worker module's default export is `workerTask(fn)`: `fn` runs
 * with the task's input; an `ApiError` it throws crosses back to the host as data
 * (`{ error: { code, message, issues?, key?, params? } }`) and is thrown again there as the same
 * ApiError. Any other throw is a failure of the worker (logged, answered as "internal").
 *
 * A task may return `transferable(bytes)` (as its whole result, not inside an object: piscina
 * only moves a top-level value) to hand a large ArrayBuffer back without copying it.
 */
import { Piscina } from 'piscina';
import { ApiError, type ApiErrorBody } from '../../../shared/contract';

export interface TaskFailure {
  __workerFailure: true;
  error: ApiErrorBody;
}

export function isTaskFailure(value: unknown): value is TaskFailure {
  return typeof value === 'object' && value !== null && (value as TaskFailure).__workerFailure === true;
}

/** Wraps a task function as a piscina worker export. */
export function workerTask<In, Out>(fn: (input: In) => Out | Promise<Out>): (input: In) => Promise<Out | TaskFailure> {
  return async (input: In) => {
    try {
      return await fn(input);
    } catch (error) {
      if (error instanceof ApiError) return { __workerFailure: true, error: error.toBody() };
      throw error;
    }
  };
}

/** Marks a value (Uint8Array/Buffer view or ArrayBuffer) to be moved to the host instead of copied. */
export function transferable<T extends ArrayBuffer | ArrayBufferView>(value: T): T {
  return Piscina.move(value as ArrayBufferView) as unknown as T;
}
