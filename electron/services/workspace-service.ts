import type { Handlers } from './handlers';

export const workspaceHandlers: Pick<Handlers, 'workspace.status'> = {
  'workspace.status': async (_input, { store, appVersion }) => ({ ...(await store.status()), appVersion }),
};
