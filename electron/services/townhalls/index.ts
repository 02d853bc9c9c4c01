import { dismissalsHandlers } from './dismissals-service';
import { faqsHandlers } from './faqs-service';
import { questionsHandlers } from './questions-service';
import { townhallsHandlers } from './townhalls-service';

/** Every town-hall method: events and topics, questions, FAQ, "Not a duplicate" decisions. */
export const townhallHandlers = { ...townhallsHandlers, ...questionsHandlers, ...faqsHandlers, ...dismissalsHandlers };
