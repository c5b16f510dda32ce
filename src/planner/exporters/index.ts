/**
 * The exporters light enough to load with the planner. The XLSX writer is
 * not here: the UI imports './xlsx' on demand, so its zip library stays out of
 * the first download.
 */
export * from './meta';
export * from './rows';
export * from './csv';
export * from './markdown';
export * from './json';
