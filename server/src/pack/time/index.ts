export * from './weeks';
export * from './calendar';
export * from './parseTime';
