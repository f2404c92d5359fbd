export { openWarehouse, Warehouse, type Row, type OpenOptions } from './openWarehouse.js';
export { toPlainValue } from './toPlainValue.js';
export { ensureSchemas, LEDGER_DDL } from './ensureSchemas.js';
export { SPILLED_LIMIT, withDuckDbSpilled } from './withDuckDbSpilled.js';
