import type { MethodName, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { BuiltReport } from './reports/registry';
import type { Store } from './store/store';

export interface ServiceContext {
  store: Store;
  now: () => Date;
  appVersion: string;
  /** The fonts the PDF reports embed. */
  fontsDir: string;
  /** Where an exported report goes: the desktop app asks the user; the browser host never calls this (it answers the PDF). */
  deliverReport: (report: BuiltReport) => Promise<{ saved: boolean; path: string | null }>;
  /** Opens a folder in the system's file manager (desktop app: shell.openPath); absent in the browser host, which shows the path. */
  openPath?: (path: string) => Promise<boolean>;
}

/** The implementation of every contract method: input already validated. */
export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>, ctx: ServiceContext) => Promise<MethodOutput<M>>;
};
