import { useEffect, useState } from 'react';
import type { SessionInfo } from '../../shared/contract';
import { RoomDevice } from '../townhall/room/RoomDevice';
import { useApi } from './api-context';
import { App } from './App';

/**
 * Chooses what this page is: the whole app for staff (the laptop, the desktop window), or a room
 * device's own view (a note-taker's capture, a moderator's moderation) for a device that joined a
 * town hall by code. The services enforce the roles; this only spares a device screens it may not use.
 */
export function Root() {
  const api = useApi();
  const [session, setSession] = useState<SessionInfo | null>(null);
  useEffect(() => {
    api.call('workspace.session', {}).then(setSession, () => setSession({ role: 'staff', townhallId: null }));
  }, [api]);
  if (!session) return null;
  if (session.role === 'staff' || session.role === 'resident' || !session.townhallId) return <App />;
  return <RoomDevice role={session.role} townhallId={session.townhallId} />;
}
