export * from './common';
export * from './territories';
export * from './taxonomy';
export * from './producers';
export * from './sales-points';
export * from './organisations';
export * from './places';
export * from './search';
