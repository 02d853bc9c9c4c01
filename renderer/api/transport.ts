import type { CallResult, ChangeEvent, MethodName } from '../../shared/contract';

/** How the client reaches the services: desktop IPC or HTTP. Errors come back as data, never thrown. */
export interface ApiTransport {
  /** Which way calls travel; shown nowhere, useful in tests and logs. */
  readonly kind: 'desktop' | 'http';
  call(method: MethodName, input: unknown): Promise<CallResult>;
  /** Listens for change events; returns the function that stops listening. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

/** Sentences the transports use when the services cannot answer at all. Supplied by the UI so they follow its language. */
export interface TransportMessages {
  unreachable(): string;
  badResponse(): string;
}

export const ENGLISH_TRANSPORT_MESSAGES: TransportMessages = {
  unreachable: () => 'Convene could not reach its data service. Check that Convene is still running, then try again.',
  badResponse: () => 'Convene received an answer it could not read. Try again; if it keeps happening, restart Convene.',
};
