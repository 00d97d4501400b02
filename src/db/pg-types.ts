import pg from 'pg';

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Type parsers shared by both engines, so a value reads the same from PGlite
 * and from a PostgreSQL server. Dates stay `YYYY-MM-DD` strings: a committee
 * date is a calendar day in Europe/London, not an instant, and turning it
 * into a JavaScript Date shifts it across midnight in BST.
 */
export const gavelTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (value: string) => value;
    // count(*) and sums are int8; our counts fit comfortably in a double.
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;
