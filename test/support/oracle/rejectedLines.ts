import type { Fault } from './oracleTypes.js';

/** The faulty lines the demo generator planted (`inbox-relative path:line`): the ETL rejects them. */
export interface RejectedLines {
  has(relativePath: string, line: number): boolean;
}

export function rejectedLines(faults: Fault[]): RejectedLines {
  const keys = new Set(faults.map((f) => `${f.path}:${f.line}`));
  return { has: (relativePath, line) => keys.has(`${relativePath}:${line}`) };
}
