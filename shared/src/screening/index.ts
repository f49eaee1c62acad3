export * from './screeningDue';
export * from './answers';
export * from './instruments';
export * from './skipLogic';
export * from './answerRules';
export * from './flags';
export * from './scoring';
export * from './riskLevel';
