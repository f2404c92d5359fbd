export { buildCleanTables, buildModel, CLEAN_TABLES } from './buildModel.js';
export { declaredCleanModel, type CleanModel } from './declaredCleanModel.js';
