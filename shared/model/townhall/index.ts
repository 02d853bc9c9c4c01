export * from './townhall';
export * from './question';
export * from './topic';
export * from './faq';
export * from './room';
export * from './privacy';
export * from './dismissal';
