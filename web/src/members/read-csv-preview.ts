import { parse } from 'csv-parse/browser/esm/sync';

export type CsvPreview = { header: string[]; rows: string[][] } | { error: string };

/**
 * The file as the server will read it (csv-parse with the server's options), for the preview only:
 * a file it cannot read is said so before anything is sent.
 */
export function readCsvPreview(text: string): CsvPreview {
  try {
    const [header = [], ...rows] = parse(text, { bom: true, skip_empty_lines: true, trim: true }) as string[][];
    return { header, rows };
  } catch (error) {
    return { error: `The CSV could not be read: ${(error as Error).message}` };
  }
}
