import type { MethodName, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { BuiltReport } from './reports/registry';
import type { Caller } from './room/roles';
import type { RoomNetwork } from './room/room-network';
import type { Store } from './store/store';

export interface ServiceContext {
  store: Store;
  now: () => Date;
  appVersion: string;
  /** The fonts the PDF reports embed. */
  fontsDir: string;
  /** Where an exported report goes: the desktop app asks the user; the browser host never calls this (it answers the PDF). */
  /** The desktop app rebuilds its menu in the UI's language; the browser host leaves this unset. */
  onUiLanguage?: (language: 'en' | 'es') => void;
  deliverReport: (report: BuiltReport) => Promise<{ saved: boolean; path: string | null }>;
  /** Serves an opened room on the network (browser host, desktop main process); absent: rooms open with no addresses. */
  room?: RoomNetwork;
  /** Who is calling (set per call by `dispatch`); staff when absent. */
  caller?: Caller;
  /** Opens a folder in the system's file manager (desktop app: shell.openPath); absent in the browser host, which shows the path. */
  openPath?: (path: string) => Promise<boolean>;
  /** Opens another data file as a store like this one (its own lock and recovery): what switching workspaces uses. */
  openStore?: (file: string) => Promise<Store>;
  /** Told the data file now open after a workspace switch (the desktop app remembers it; the host logs it). */
  onWorkspaceSwitched?: (file: string) => void;
}

/** The implementation of every contract method: input already validated. */
export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>, ctx: ServiceContext) => Promise<MethodOutput<M>>;
};
