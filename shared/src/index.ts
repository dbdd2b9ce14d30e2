export * from './money';
export * from './enums';
export * from './error-codes';
