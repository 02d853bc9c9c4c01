import { describe, expect, it, vi } from 'vitest';
import { ApiError, type CallResult, type ChangeEvent, type ConveneBridge } from '../../../shared/contract';
import { createApiClient, createBridgeTransport, createHttpTransport, type EventSourceLike } from '../../../renderer/api';

const AREA = { id: 'a1', number: 1, name: 'Rogers Park', priority: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const messages = { unreachable: () => 'Cannot reach Convene.', badResponse: () => 'Unreadable answer.' };

describe('HTTP transport', () => {
  it('POSTs the input as JSON to /api/<method> and returns the output', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, [AREA]));
    const api = createApiClient(createHttpTransport({ fetch, messages }));
    await expect(api.call('areas.list', {})).resolves.toEqual([AREA]);
    expect(fetch).toHaveBeenCalledWith('/api/areas.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(api.kind).toBe('http');
  });

  it('throws the server error as an ApiError with code, message and issues', async () => {
    const error = { code: 'invalid_input', message: 'Invalid input: name: must not be empty', issues: [{ path: 'name', message: 'must not be empty' }] };
    const api = createApiClient(createHttpTransport({ fetch: async () => jsonResponse(400, { error }), messages }));
    const thrown = await api.call('areas.create', { name: '' }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ code: 'invalid_input', message: error.message, issues: error.issues });
  });

  it('keeps a conflict sentence as the message', async () => {
    const api = createApiClient(
      createHttpTransport({ fetch: async () => jsonResponse(409, { error: { code: 'conflict', message: 'Area number 1 is already used by Rogers Park.' } }), messages }),
    );
    await expect(api.call('areas.create', { name: 'X', number: 1 })).rejects.toMatchObject({ code: 'conflict', message: 'Area number 1 is already used by Rogers Park.' });
  });

  it('turns a network failure into an internal ApiError with a plain sentence', async () => {
    const api = createApiClient(
      createHttpTransport({
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
        messages,
      }),
    );
    const thrown = await api.call('areas.list', {}).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ code: 'internal', message: 'Cannot reach Convene.' });
  });

  it('uses an English sentence when no messages are given', async () => {
    const api = createApiClient(createHttpTransport({ fetch: async () => Promise.reject(new Error('ECONNREFUSED')) }));
    await expect(api.call('areas.list', {})).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/^Convene could not reach/) });
  });

  it('treats a body that is not JSON, or an error without the contract shape, as an unreadable answer', async () => {
    const html = createApiClient(createHttpTransport({ fetch: async () => new Response('<h1>Bad gateway</h1>', { status: 502 }), messages }));
    await expect(html.call('areas.list', {})).rejects.toMatchObject({ code: 'internal', message: 'Unreadable answer.' });
    const odd = createApiClient(createHttpTransport({ fetch: async () => jsonResponse(500, { oops: true }), messages }));
    await expect(odd.call('areas.list', {})).rejects.toMatchObject({ code: 'internal', message: 'Unreadable answer.' });
  });

  it('listens to /api/events for `change` events, sharing one stream and closing it when nobody listens', () => {
    const sources: { url: string; listener?: (e: { data: string }) => void; reset?: (e: { data: string }) => void; closed: boolean }[] = [];
    const createEventSource = (url: string): EventSourceLike => {
      const s: (typeof sources)[number] = { url, closed: false };
      sources.push(s);
      return {
        addEventListener: (type, listener) => {
          if (type === 'reset') s.reset = listener;
          else s.listener = listener;
        },
        close: () => {
          s.closed = true;
        },
      };
    };
    const api = createApiClient(createHttpTransport({ fetch: vi.fn(), createEventSource, messages }));
    const a: ChangeEvent[] = [];
    const b: ChangeEvent[] = [];
    const stopA = api.onChange((e) => a.push(e));
    const stopB = api.onChange((e) => b.push(e));
    expect(sources).toHaveLength(1);
    expect(sources[0].url).toBe('/api/events');
    sources[0].listener!({ data: JSON.stringify({ type: 'changed', collection: 'areas', ids: ['a1'] }) });
    sources[0].listener!({ data: 'not json' });
    sources[0].listener!({ data: JSON.stringify({ type: 'other' }) });
    expect(a).toEqual([{ type: 'changed', collection: 'areas', ids: ['a1'] }]);
    expect(b).toEqual(a);
    // A reconnect the host could not catch up on: every collection is reloaded.
    sources[0].reset!({ data: '{}' });
    expect(a.slice(1).map((e) => e.collection)).toEqual(expect.arrayContaining(['areas', 'questions', 'townhalls', 'rooms']));
    a.length = 1;
    b.length = 1;
    stopA();
    expect(sources[0].closed).toBe(false);
    stopB();
    expect(sources[0].closed).toBe(true);
    api.onChange(() => {});
    expect(sources).toHaveLength(2);
  });
});

describe('desktop bridge transport', () => {
  function fakeBridge(answer: (method: string, input: unknown) => Promise<CallResult>): ConveneBridge & { emit(e: ChangeEvent): void } {
    const listeners = new Set<(e: ChangeEvent) => void>();
    return {
      platform: 'desktop',
      call: vi.fn(answer),
      onChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      emit: (e) => listeners.forEach((l) => l(e)),
    };
  }

  it('passes method and input to window.convene.call and returns the data', async () => {
    const bridge = fakeBridge(async () => ({ ok: true, data: AREA }));
    const api = createApiClient(createBridgeTransport(bridge, messages));
    await expect(api.call('areas.create', { name: 'Rogers Park' })).resolves.toEqual(AREA);
    expect(bridge.call).toHaveBeenCalledWith('areas.create', { name: 'Rogers Park' });
    expect(api.kind).toBe('desktop');
  });

  it('throws a CallResult error as an ApiError', async () => {
    const bridge = fakeBridge(async () => ({ ok: false, error: { code: 'not_found', message: 'That community area no longer exists.' } }));
    const api = createApiClient(createBridgeTransport(bridge, messages));
    const thrown = await api.call('areas.delete', { id: 'gone' }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ code: 'not_found', message: 'That community area no longer exists.' });
  });

  it('turns a rejected IPC call or a malformed answer into a plain internal error', async () => {
    const broken = createApiClient(createBridgeTransport(fakeBridge(() => Promise.reject(new Error('IPC gone'))), messages));
    await expect(broken.call('areas.list', {})).rejects.toMatchObject({ code: 'internal', message: 'Cannot reach Convene.' });
    const odd = createApiClient(createBridgeTransport(fakeBridge(async () => ({ nonsense: 1 }) as unknown as CallResult), messages));
    await expect(odd.call('areas.list', {})).rejects.toMatchObject({ code: 'internal', message: 'Unreadable answer.' });
  });

  it('forwards change events from window.convene.onChange', () => {
    const bridge = fakeBridge(async () => ({ ok: true, data: null }));
    const api = createApiClient(createBridgeTransport(bridge, messages));
    const seen: ChangeEvent[] = [];
    const stop = api.onChange((e) => seen.push(e));
    bridge.emit({ type: 'changed', collection: 'areas' });
    stop();
    bridge.emit({ type: 'changed', collection: 'areas' });
    expect(seen).toEqual([{ type: 'changed', collection: 'areas' }]);
  });
});
