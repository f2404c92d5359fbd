export * from './warehouse/index.js';
