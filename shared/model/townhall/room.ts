import { z } from 'zod';
import { Id, Timestamp } from '../ids';
import { ClientId } from './question';

/** The roles an invite code gives, in a town hall opened to the room. */
export const ROOM_ROLES = ['note-taker', 'moderator', 'resident'] as const;
export type RoomRole = (typeof ROOM_ROLES)[number];

/** Invite codes: 8 characters from an alphabet without look-alikes (0/O, 1/I/L), about 40 bits. */
export const INVITE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const InviteCode = z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);

export const Invite = z.object({
  role: z.enum(ROOM_ROLES),
  code: InviteCode,
  createdAt: Timestamp,
});
export type Invite = z.infer<typeof Invite>;

/**
 * A town hall opened to the room: one live invite per role. Closing the room deletes the record,
 * so every code dies with it; revoking a role's code replaces it with a new one.
 */
export const Room = z.object({
  townhallId: Id,
  openedAt: Timestamp,
  invites: z.array(Invite).max(3),
  /** Resident devices whose questions a moderator hid: their later questions arrive hidden too. */
  hiddenDevices: z.array(z.string().max(100)).max(10_000),
});
export type Room = z.infer<typeof Room>;

/** One resident device's "me too" on one question: at most one per device and question. */
export const Support = z.object({
  /** `supportId(questionId, deviceId)` (schema version 7): one per device and question, found by id. */
  id: z.string().min(1).max(210),
  questionId: Id,
  deviceId: z.string().max(100),
  clientId: ClientId,
  at: Timestamp,
  /** Stamped by the store like every record with an id (always 1: a "me too" is never edited). */
  version: z.number().int().min(1).optional(),
});
export type Support = z.infer<typeof Support>;

/** The id of a device's "me too" on a question: the pair itself, so a repeat is a lookup by id, never a scan. */
export const supportId = (questionId: string, deviceId: string): string => `${questionId}:${deviceId}`;

/** The longest question a resident's phone may send (characters, after trimming): a spoken question, not a letter. */
export const RESIDENT_QUESTION_MAX_CHARS = 500;

/** `POST /r/<code>/questions`: what a resident's page sends. */
export const ResidentQuestionInput = z.object({
  text: z
    .string()
    .max(RESIDENT_QUESTION_MAX_CHARS * 4)
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, 'empty').max(RESIDENT_QUESTION_MAX_CHARS, 'tooLong')),
  clientId: ClientId,
  topic: Id.nullable().optional(),
  area: Id.nullable().optional(),
  language: z.string().max(60).nullable().optional(),
});
export type ResidentQuestionInput = z.input<typeof ResidentQuestionInput>;

/** `POST /r/<code>/support`: "me too" on a shown question. */
export const ResidentSupportInput = z.object({ questionId: Id, clientId: ClientId });
export type ResidentSupportInput = z.input<typeof ResidentSupportInput>;
