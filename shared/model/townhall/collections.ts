import { z } from 'zod';
import { DuplicateDismissal } from './dismissal';
import { Faq } from './faq';
import { Question } from './question';
import { Room, Support } from './room';
import { Topic } from './topic';
import { TownHall } from './townhall';

/** The workspace collections for town halls (events, questions, topics, FAQ): name → zod array schema. */
export const townhallCollections = {
  townhalls: z.array(TownHall),
  questions: z.array(Question),
  topics: z.array(Topic),
  faqs: z.array(Faq),
  /** Town halls open to the room, with their invite codes (schema version 3). */
  rooms: z.array(Room),
  /** Residents' "me too" from their phones, one per device and question (schema version 3). */
  supports: z.array(Support),
  /** Moderators' "Not a duplicate" decisions, one per pair of questions (schema version 8). */
  duplicateDismissals: z.array(DuplicateDismissal),
};
