import { z } from 'zod';
import { Faq } from './faq';
import { Question } from './question';
import { Topic } from './topic';
import { TownHall } from './townhall';

/** The workspace collections for town halls (events, questions, topics, FAQ): name → zod array schema. */
export const townhallCollections = {
  townhalls: z.array(TownHall),
  questions: z.array(Question),
  topics: z.array(Topic),
  faqs: z.array(Faq),
};
