export { buildModel } from './buildModel.js';
