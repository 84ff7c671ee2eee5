/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line
 * ends. Text starting with = + - @ (or a tab/CR) gets a leading apostrophe so a spreadsheet shows
 * it rather than running it as a formula (part names come from customers' catalogs and texts).
 */
export function csv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
