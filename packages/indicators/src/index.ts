export { indicators } from './definitions/indicators.js';
export type { IndicatorDefinition, Level, PeriodType } from './definitions/indicatorDefinition.js';
export { defineIndicator } from './definitions/indicatorDefinition.js';
export { computeIndicators, type ComputeOptions } from './compute/computeIndicators.js';
export type { ComputeResult } from './compute/computeDefinitions.js';
export { publishIndicators, type PublishOptions } from './publish/publishIndicators.js';
export { exportValues, type ExportFormat } from './export/exportValues.js';
export { explainIndicator } from './explain/explainIndicator.js';
export { writeCatalogue } from './explain/writeCatalogue.js';
export { PUBLICATION_TABLES } from './publish/publicationTables.js';
export {
  cleanStagedFolders,
  stagedFolderPath,
  swapPublicationFolder,
} from './publish/writePublicationFolder.js';
export { publicationIdentity, restorePublishTables, warehousePublicationIdentity } from './publish/restorePublishTables.js';
export { archiveInputFiles, sha256OfFile, type ArchiveSummary } from './audit/archiveInputFiles.js';
export { verifyPublication, type VerifyOptions, type VerifyReport } from './audit/verifyPublication.js';
export type { ValueSelection } from './audit/compareValuesSql.js';
export { renderVerifyReport } from './audit/renderVerifyReport.js';
export { writeAuditBundle, type AuditBundleSummary } from './audit/writeAuditBundle.js';
export { auditPublication, type SecrecyAuditReport } from './secrecy/auditPublication.js';
