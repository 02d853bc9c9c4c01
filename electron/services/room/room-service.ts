import { randomInt, randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { ApiError, type RoomInfo } from '../../../shared/contract';
import { INVITE_CODE_ALPHABET, ROOM_ROLES, type Invite, type Question, type Room, type RoomRole, type Workspace } from '../../../shared/model';
import type { Handlers, ServiceContext } from '../handlers';
import { findQuestion, findTownHall } from '../townhalls/lookups';
import { PUBLIC_LIST_READS, publicQuestions } from './public-questions';

/** A new invite code: 8 characters of INVITE_CODE_ALPHABET from the OS's CSPRNG (about 40 bits). */
export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)];
  return code;
}

/** Codes are typed on phones: upper-case them and drop spaces and dashes before looking them up. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

/** The role and town hall of a live invite code, or null (unknown, revoked, or its room closed). */
export function lookupInvite(ws: Workspace, code: string): { role: RoomRole; townhallId: string } | null {
  const wanted = normalizeCode(code);
  for (const room of ws.rooms) for (const invite of room.invites) if (invite.code === wanted) return { role: invite.role, townhallId: room.townhallId };
  return null;
}

const pathFor = (role: RoomRole, code: string) => (role === 'resident' ? `/r/${code}` : `/join/${code}`);

/** The QR code of a link as SVG: error correction M, a 4-module quiet zone, black on white. */
async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 4, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}

async function describe(room: Room, urls: string[]): Promise<RoomInfo> {
  const base = urls[0] ?? null;
  const invites = await Promise.all(
    ROOM_ROLES.map(async (role) => {
      const invite = room.invites.find((i) => i.role === role)!;
      const url = base ? `${base}${pathFor(role, invite.code)}` : null;
      return { role, code: invite.code, url, qrSvg: url ? await qrSvg(url) : null };
    }),
  );
  return { townhallId: room.townhallId, openedAt: room.openedAt, urls, invites };
}

const freshInvites = (ws: Workspace, at: string): Invite[] => {
  const taken = new Set(ws.rooms.flatMap((r) => r.invites.map((i) => i.code)));
  return ROOM_ROLES.map((role) => {
    let code = newInviteCode();
    while (taken.has(code)) code = newInviteCode();
    taken.add(code);
    return { role, code, createdAt: at };
  });
};

async function serve(ctx: ServiceContext): Promise<string[]> {
  return ctx.room ? ctx.room.serve() : [];
}

type RoomHandlers = Pick<
  Handlers,
  'townhalls.openRoom' | 'townhalls.closeRoom' | 'townhalls.roomStatus' | 'townhalls.revokeInvite' | 'townhalls.publicQuestions' | 'questions.hideDevice' | 'questions.setVisibility' | 'workspace.session'
>;

export const roomHandlers: RoomHandlers = {
  'townhalls.openRoom': async (input, ctx) => {
    const room = await ctx.store.mutate((ws) => {
      findTownHall(ws, input.id);
      const open = ws.rooms.find((r) => r.townhallId === input.id);
      if (open) return { next: ws, result: open, change: [] };
      const at = ctx.now().toISOString();
      const created: Room = { townhallId: input.id, openedAt: at, invites: freshInvites(ws, at), hiddenDevices: [] };
      return { next: { ...ws, updatedAt: at, rooms: [...ws.rooms, created] }, result: created, change: { type: 'changed', collection: 'rooms', ids: [input.id] } };
    });
    return describe(room, await serve(ctx));
  },

  'townhalls.closeRoom': async (input, ctx) => {
    const remaining = await ctx.store.mutate((ws) => {
      findTownHall(ws, input.id);
      if (!ws.rooms.some((r) => r.townhallId === input.id)) return { next: ws, result: ws.rooms.length, change: [] };
      const at = ctx.now().toISOString();
      const rooms = ws.rooms.filter((r) => r.townhallId !== input.id);
      return { next: { ...ws, updatedAt: at, rooms }, result: rooms.length, change: { type: 'changed', collection: 'rooms', ids: [input.id] } };
    });
    if (remaining === 0) await ctx.room?.stop();
    return { closed: true as const, id: input.id };
  },

  'townhalls.roomStatus': async (input, ctx) => {
    findTownHall(ctx.store.data, input.id);
    const room = ctx.store.data.rooms.find((r) => r.townhallId === input.id);
    return room ? describe(room, await serve(ctx)) : null;
  },

  'townhalls.revokeInvite': async (input, ctx) => {
    const room = await ctx.store.mutate((ws) => {
      findTownHall(ws, input.id);
      const open = ws.rooms.find((r) => r.townhallId === input.id);
      if (!open) throw ApiError.localized('conflict', 'room.notOpen', undefined, 'This town hall is not open to the room.');
      const at = ctx.now().toISOString();
      const taken = new Set(ws.rooms.flatMap((r) => r.invites.map((i) => i.code)));
      let code = newInviteCode();
      while (taken.has(code)) code = newInviteCode();
      const updated: Room = { ...open, invites: open.invites.map((i) => (i.role === input.role ? { role: i.role, code, createdAt: at } : i)) };
      return { next: { ...ws, updatedAt: at, rooms: ws.rooms.map((r) => (r === open ? updated : r)) }, result: updated, change: { type: 'changed', collection: 'rooms', ids: [input.id] } };
    });
    return describe(room, await serve(ctx));
  },

  'townhalls.publicQuestions': async (input, ctx) => {
    findTownHall(ctx.store.data, input.id);
    return publicQuestions(ctx.store.data, input.id, input.language, undefined, ctx.store.revisionOf(PUBLIC_LIST_READS));
  },

  'questions.hideDevice': (input, ctx) =>
    ctx.store.mutate((ws) => {
      const q = findQuestion(ws, input.id);
      if (!q.deviceId) throw ApiError.localized('invalid_input', 'room.notFromPhone', undefined, 'This question was not sent from a phone.');
      const at = ctx.now().toISOString();
      let hidden = 0;
      const questions = ws.questions.map((x): Question => {
        if (x.deviceId !== q.deviceId || x.townhallId !== q.townhallId || x.visibility === 'hidden') return x;
        hidden++;
        return { ...x, visibility: 'hidden', updatedAt: at };
      });
      const rooms = ws.rooms.map((r) => (r.townhallId === q.townhallId && !r.hiddenDevices.includes(q.deviceId!) ? { ...r, hiddenDevices: [...r.hiddenDevices, q.deviceId!] } : r));
      return { next: { ...ws, updatedAt: at, questions, rooms }, result: { hidden }, change: { type: 'changed', collection: 'questions' } };
    }),

  'questions.setVisibility': (input, ctx) =>
    ctx.store.mutate((ws) => {
      const ids = new Set(input.ids);
      for (const id of ids) findQuestion(ws, id);
      const at = ctx.now().toISOString();
      let changed = 0;
      const questions = ws.questions.map((q): Question => {
        if (!ids.has(q.id) || q.visibility === input.visibility) return q;
        changed++;
        return { ...q, visibility: input.visibility, updatedAt: at };
      });
      return { next: { ...ws, updatedAt: at, questions }, result: { changed }, change: { type: 'changed', collection: 'questions', ids: input.ids } };
    }),

  'workspace.session': async (_input, ctx) => {
    const caller = ctx.caller ?? { role: 'staff' as const };
    return { role: caller.role, townhallId: caller.role === 'staff' ? null : caller.townhallId };
  },
};

/** Used by the resident routes: a fresh id for a record made on the laptop. */
export const newId = () => randomUUID();
