export * from './documents';
export * from './closeCodes';
export * from './collabMessages';
export * from './savedState';
export * from './socketEvents';
export * from './presence';
