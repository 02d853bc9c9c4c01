import { ApiErrorBody, ChangeEvent, toRawUpload, type CallResult } from '../../shared/contract';
import { base64ToBytes } from '../../shared/logic/text/decode-file';
import { Workspace } from '../../shared/model';

/** Every collection: what a page reloads when the change stream could not catch it up. */
const ALL_COLLECTIONS = Object.keys(Workspace.shape).filter((k) => !['schemaVersion', 'createdAt', 'updatedAt'].includes(k));
import { ENGLISH_TRANSPORT_MESSAGES, type ApiTransport, type TransportMessages } from './transport';

export interface HttpTransportOptions {
  /** Where `/api` lives; the page's own origin by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Makes the server-sent change stream; `EventSource` by default. */
  createEventSource?: (url: string) => EventSourceLike;
  messages?: TransportMessages;
}

/** The part of `EventSource` the transport uses, so tests can pass a fake. */
export interface EventSourceLike {
  addEventListener(type: 'change' | 'reset', listener: (event: { data: string }) => void): void;
  close(): void;
}

/**
 * Browser: `POST /api/<method>` with JSON in and out; errors arrive as `{ error: { code, message, issues? } }`.
 * Change events come from one shared `EventSource('/api/events')`, opened while anyone listens.
 */
export function createHttpTransport(options: HttpTransportOptions = {}): ApiTransport {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const messages = options.messages ?? ENGLISH_TRANSPORT_MESSAGES;
  const createEventSource = options.createEventSource ?? ((url: string) => new EventSource(url) as unknown as EventSourceLike);

  const listeners = new Set<(event: ChangeEvent) => void>();
  let source: EventSourceLike | null = null;

  function openStream(): void {
    source = createEventSource(`${base}/api/events`);
    source.addEventListener('change', (message) => {
      let parsed: ReturnType<typeof ChangeEvent.safeParse>;
      try {
        parsed = ChangeEvent.safeParse(JSON.parse(message.data));
      } catch {
        return;
      }
      if (!parsed.success) return;
      for (const l of [...listeners]) l(parsed.data);
    });
    // After a reconnect the browser sends Last-Event-ID and the host replays what was missed; when it
    // cannot (it restarted, or the gap is too long) it says `reset`: everything shown is reloaded.
    source.addEventListener('reset', () => {
      for (const collection of ALL_COLLECTIONS) for (const l of [...listeners]) l({ type: 'changed', collection });
    });
  }

  return {
    kind: 'http',
    async call(method, input): Promise<CallResult> {
      let response: Response;
      // An import's file goes as the body itself, with its own content type (shared/contract/uploads.ts).
      const upload = toRawUpload(method, input);
      try {
        response = upload
          ? await doFetch(`${base}/api/${encodeURIComponent(method)}?${new URLSearchParams(upload.query)}`, {
              method: 'POST',
              headers: { 'Content-Type': upload.contentType },
              body: base64ToBytes(upload.base64) as BodyInit,
            })
          : await doFetch(`${base}/api/${encodeURIComponent(method)}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(input ?? {}),
            });
      } catch {
        return { ok: false, error: { code: 'internal', message: messages.unreachable(), key: 'transport.unreachable' } };
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return { ok: false, error: { code: 'internal', message: messages.badResponse(), key: 'transport.badResponse' } };
      }
      if (response.ok) return { ok: true, data: body };
      const error = ApiErrorBody.safeParse((body as { error?: unknown } | null)?.error);
      return { ok: false, error: error.success ? error.data : { code: 'internal', message: messages.badResponse() } };
    },
    onChange(listener) {
      listeners.add(listener);
      if (!source) openStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
