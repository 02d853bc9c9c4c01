import { ApiError, type ChangeEvent, type MethodInput, type MethodName, type MethodOutput } from '../../shared/contract';
import type { ApiTransport } from './transport';

/** The renderer's one way to reach the services: typed by the contract, failures thrown as `ApiError`. */
export interface ApiClient {
  readonly kind: ApiTransport['kind'];
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

export function createApiClient(transport: ApiTransport): ApiClient {
  return {
    kind: transport.kind,
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const result = await transport.call(method, input);
      if (!result.ok) throw ApiError.fromBody(result.error);
      return result.data as MethodOutput<M>;
    },
    onChange: (listener) => transport.onChange(listener),
  };
}
