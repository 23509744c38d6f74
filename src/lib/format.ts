/** How dates, sizes and places are written for Chinese readers. */
import type { Report } from '../schemas/report.ts';

/** "2023-11-29" → "2023年11月29日". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** 12091 → "12,091 字节". */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} 字节`;
}

/** The units above a place, nearest first and without repeats: county (or city), province. */
export function placeContext(report: Pick<Report, 'place' | 'county' | 'city' | 'province'>): string[] {
  const above = [report.county ?? report.city, report.province];
  return above.filter((name): name is string => name !== undefined && name !== report.place);
}
