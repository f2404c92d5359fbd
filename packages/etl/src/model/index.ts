export { buildCleanTables, buildModel, CLEAN_TABLES, type CleanModel } from './buildModel.js';
