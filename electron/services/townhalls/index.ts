import { faqsHandlers } from './faqs-service';
import { questionsHandlers } from './questions-service';
import { townhallsHandlers } from './townhalls-service';

/** Every town-hall method: events and topics, questions, FAQ. */
export const townhallHandlers = { ...townhallsHandlers, ...questionsHandlers, ...faqsHandlers };
