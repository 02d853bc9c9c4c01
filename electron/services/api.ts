import { ApiError, contract, invalidInput, isMethodName, type CallResult, type MethodName } from '../../shared/contract';
import { areasHandlers } from './areas/areas-service';
import { exerciseFeatureHandlers } from './exercises/handlers';
import type { Handlers, ServiceContext } from './handlers';
import { reportsHandlers } from './reports-service';
import { resourcesHandlers } from './resources';
import { workspaceHandlers } from './workspace-service';
import { authorize, STAFF, type Caller } from './room/roles';
import { roomHandlers } from './room/room-service';
import { townhallHandlers } from './townhalls';
import { isUndoable, runUndoable, undoHandlers } from './undo-service';

const handlers: Handlers = { ...areasHandlers, ...exerciseFeatureHandlers, ...reportsHandlers, ...resourcesHandlers, ...townhallHandlers, ...workspaceHandlers, ...undoHandlers, ...roomHandlers };

/**
 * The one entry point both transports use: checks the method name, validates the input against
 * the contract, checks the caller's role (staff by default: the desktop window), runs the handler, and turns every failure into an error the caller can show.
 */
export async function dispatch(ctx: ServiceContext, method: unknown, input: unknown, caller: Caller = STAFF): Promise<CallResult> {
  try {
    if (!isMethodName(method)) throw ApiError.localized('not_found', 'api.unknownMethod', { method: String(method).slice(0, 80) }, `There is no method called ${JSON.stringify(String(method)).slice(0, 80)}.`);
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput(parsed.error);
    // Roles are enforced here, in the service layer, for every transport (issue 12).
    authorize(caller, method, parsed.data, ctx.store.data);
    const handler = handlers[method] as (i: unknown, c: ServiceContext) => Promise<unknown>;
    const own = caller === STAFF ? ctx : { ...ctx, caller };
    const data = isUndoable(method) ? await runUndoable(own, (c) => handler(parsed.data, c)) : await handler(parsed.data, own);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    console.error(`Convene: ${String(method)} failed`, error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Convene. Your data is safe; try again.', key: 'api.internal' } };
  }
}

export type { MethodName };
