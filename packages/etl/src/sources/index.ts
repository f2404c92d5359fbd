export { sources, sourceById } from './sources.js';
export {
  defineSource,
  rawTableName,
  type SourceDeclaration,
  type SourceDeclarationInput,
  type ColumnDeclaration,
  type FileVariant,
  type DerivedColumn,
  type NameGroup,
} from './sourceDeclaration.js';
export { matchSource, type SourceMatch } from './matchSource.js';
export { describeSource } from './describeSource.js';
export {
  COLUMN_TYPE_LABELS,
  columnRules,
  encodingLabel,
  filePatternRegex,
  FREQUENCY_LABELS,
  plainText,
  PRODUCER_LABELS,
  readableFilePattern,
  versioningText,
} from './sourceTexts.js';
