export * from './warehouse/index.js';
export * from './format/index.js';
export * from './demo/index.js';
