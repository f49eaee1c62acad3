export * from './schemas/errors';
export * from './schemas/ids';
export * from './schemas/roles';
export * from './schemas/auth';
export * from './schemas/patient';
export * from './dates';
export * from './screening';
