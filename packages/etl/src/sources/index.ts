export { sources, sourceById } from './sources.js';
export {
  defineSource,
  rawTableName,
  type SourceDeclaration,
  type SourceDeclarationInput,
  type ColumnDeclaration,
  type FileVariant,
  type DerivedColumn,
} from './sourceDeclaration.js';
export { matchSource, type SourceMatch } from './matchSource.js';
export { describeSource } from './describeSource.js';
