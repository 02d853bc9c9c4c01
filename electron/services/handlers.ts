import type { MethodName, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { Store } from './store/store';

export interface ServiceContext {
  store: Store;
  now: () => Date;
  appVersion: string;
}

/** The implementation of every contract method: input already validated. */
export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>, ctx: ServiceContext) => Promise<MethodOutput<M>>;
};
