/**
 * A CSL-JSON item of a report (type "webpage", which the GB/T 7714-2015 CSL
 * styles print as [EB/OL]), as an array of one item: the form Zotero,
 * citation-js and pandoc read.
 */
import { SITE_NAME } from '../site.ts';
import { dateParts, type Citation } from './citation.ts';

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': [[number, number, number]] };
  URL?: string;
  'container-title': string;
  language: string;
  genre: string;
}

export function toCslItem(citation: Citation): CslItem {
  return {
    id: citation.id,
    type: 'webpage',
    title: citation.title,
    ...(citation.issuer === undefined ? {} : { author: [{ literal: citation.issuer }] }),
    ...(citation.published === undefined ? {} : { issued: { 'date-parts': [dateParts(citation.published)] } }),
    ...(citation.url === undefined ? {} : { URL: citation.url }),
    'container-title': SITE_NAME,
    language: 'zh-CN',
    genre: `${citation.year}年度法治政府建设情况报告`,
  };
}

export const formatCslJson = (citation: Citation): string => `${JSON.stringify([toCslItem(citation)], null, 2)}\n`;
