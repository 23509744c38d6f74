/**
 * The folder of the reports' Markdown files, relative to the project root:
 * content/reports/, or REPORTS_DIR (the benchmark builds the site from a
 * synthetic corpus). The collection and the report files read the same one.
 */
export const REPORTS_DIR: string = process.env['REPORTS_DIR'] ?? './content/reports';
