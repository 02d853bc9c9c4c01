import { ApiErrorBody, type CallResult, type ConveneBridge } from '../../shared/contract';
import { ENGLISH_TRANSPORT_MESSAGES, type ApiTransport, type TransportMessages } from './transport';

/** Desktop: calls go through the preload's `window.convene` bridge (IPC). */
export function createBridgeTransport(bridge: ConveneBridge, messages: TransportMessages = ENGLISH_TRANSPORT_MESSAGES): ApiTransport {
  return {
    kind: 'desktop',
    async call(method, input): Promise<CallResult> {
      let result: CallResult;
      try {
        result = await bridge.call(method, input);
      } catch {
        return { ok: false, error: { code: 'internal', message: messages.unreachable() } };
      }
      if (result && result.ok === true) return result;
      const error = ApiErrorBody.safeParse(result?.error);
      return { ok: false, error: error.success ? error.data : { code: 'internal', message: messages.badResponse() } };
    },
    onChange: (listener) => bridge.onChange(listener),
  };
}
