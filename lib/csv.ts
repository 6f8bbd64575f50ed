import Papa from "papaparse";

// Papaparse's own `escapeFormulae: true` pattern ends at the first newline, so
// a multi-line cell starting with "=" slipped through: match the first character only.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows as CSV (CRLF line ends, a header row from the first row's keys). A cell
 * a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading apostrophe, so an exported value can never execute.
 */
export function toCsvText(rows: Record<string, unknown>[], columns?: string[]): string {
  const config = { escapeFormulae: FORMULA_START, newline: "\r\n" };
  if (!columns) return Papa.unparse(rows, config);
  // With named columns the header is written even when there are no rows.
  return Papa.unparse<unknown[]>({ fields: columns, data: rows.map((row) => columns.map((column) => row[column])) }, config);
}
