import { z } from 'zod';
import { Id, QUESTION_VISIBILITIES, ROOM_ROLES, Timestamp } from '../../model';
import { method } from './define';

export const RoomInvite = z.object({
  role: z.enum(ROOM_ROLES),
  code: z.string(),
  /** What a device opens: `…/join/<code>` for note-takers and moderators, `…/r/<code>` for residents; null when the laptop is on no network. */
  url: z.string().nullable(),
  /** The link as a QR code (SVG markup, black on white, with its quiet zone), or null without a url. */
  qrSvg: z.string().nullable(),
});
export type RoomInvite = z.infer<typeof RoomInvite>;

/** A town hall open to the room: the addresses it is served on and one invite per role. */
export const RoomInfo = z.object({
  townhallId: Id,
  openedAt: Timestamp,
  /** The laptop's addresses the room is served on (`http://192.168.1.20:4870`); empty when it is on no network. */
  urls: z.array(z.string()),
  invites: z.array(RoomInvite),
});
export type RoomInfo = z.infer<typeof RoomInfo>;

/** One question as the public may see it: only shown ones, personal details redacted, never who asked. */
export const PublicQuestion = z.object({
  id: Id,
  number: z.number().int(),
  text: z.string(),
  /** Everyone who raised it: the asker, "me too"s and merged duplicates. */
  raised: z.number().int(),
  topic: z.string().nullable(),
});
export type PublicQuestion = z.infer<typeof PublicQuestion>;

export const SessionInfo = z.object({
  role: z.enum(['staff', ...ROOM_ROLES]),
  /** The town hall a room role belongs to; null for staff. */
  townhallId: Id.nullable(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const roomMethods = {
  'townhalls.openRoom': method(z.object({ id: Id }), RoomInfo, 'Opens a town hall to the room: serves it on the laptop\'s network addresses with a code, link and QR code per role (note-taker, moderator, resident). Opening an open room answers its current invites.'),
  'townhalls.closeRoom': method(z.object({ id: Id }), z.object({ closed: z.literal(true), id: Id }), 'Closes the room: every code dies and, with no other room open, network serving stops at once. The questions stay.'),
  'townhalls.roomStatus': method(z.object({ id: Id }), RoomInfo.nullable(), 'The open room of a town hall with its invites, or null.'),
  'townhalls.revokeInvite': method(z.object({ id: Id, role: z.enum(ROOM_ROLES) }), RoomInfo, 'Revokes one role\'s code (devices joined with it lose access) and issues a new one.'),
  'townhalls.publicQuestions': method(z.object({ id: Id, language: z.enum(['en', 'es', 'pl']).default('en') }), z.array(PublicQuestion), 'The questions a moderator has shown, redacted for the public (projector, residents\' page), most raised first.'),
  'questions.hideDevice': method(z.object({ id: Id }), z.object({ hidden: z.number().int() }), 'Hides every question sent from the phone that sent this one, and the ones it sends later.'),
  'questions.setVisibility': method(z.object({ ids: z.array(Id).min(1).max(1000), visibility: z.enum(QUESTION_VISIBILITIES) }), z.object({ changed: z.number().int() }), 'Shows, hides or holds back questions on the projector and the residents\' page.'),
  'workspace.session': method(z.object({}).strict(), SessionInfo, 'Who this session is: staff, or a room role with its town hall.'),
};
