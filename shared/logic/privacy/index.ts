export * from './folded';
export * from './detect';
export * from './labels';
export * from './public-view';
export * from './note';
export { isFirstName, isLastName, isOrdinaryWord, STOPWORDS } from './name-lexicon';
export * from './public-needs';
