export { buildCleanTables, buildModel, CLEAN_TABLES, type CleanTablesBuild } from './buildModel.js';
export { declaredCleanModel, type CleanModel } from './declaredCleanModel.js';
