export { buildCleanTables, buildModel, CLEAN_TABLES, type CleanTableBuild, type CleanTablesBuild } from './buildModel.js';
export type { CleanModel, CleanRefresh, SourceCleanModel } from './cleanModel.js';
export { declaredCleanModel } from './declaredCleanModel.js';
