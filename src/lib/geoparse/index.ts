export { geoparse } from './geoparse';
export { buildGazetteer, type Gazetteer } from './gazetteer';
export { nameKey } from './names';
export { distanceKm } from './resolve';
export type * from './types';
