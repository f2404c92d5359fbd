import {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBTimestampValue,
  DuckDBListValue,
} from '@duckdb/node-api';

/**
 * Converts a value read from DuckDB to plain JavaScript:
 * BIGINT → number (throws when beyond 2^53, rather than lose precision silently),
 * DATE → `AAAA-MM-JJ` string, TIMESTAMP → ISO string, DECIMAL → number, LIST → array.
 */
export function toPlainValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new RangeError(`Entier hors de la plage sûre de JavaScript : ${value}`);
    }
    return Number(value);
  }
  if (value instanceof DuckDBDateValue) return value.toString();
  if (value instanceof DuckDBTimestampValue) return value.toString().replace(' ', 'T');
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBListValue) return value.items.map(toPlainValue);
  return value;
}
