export * from './warehouse/index.js';
export { checkFreshness, type FreshnessReport, type SourceFreshness } from './freshness/checkFreshness.js';
export * from './demo/index.js';
export * from './sources/index.js';
export * from './ingest/index.js';
export * from './model/index.js';
