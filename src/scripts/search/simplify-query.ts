/**
 * Turns a query into the simplified characters the reports are written in,
 * downloading the converter only when the query needs it.
 */
import { needsConversion } from '../../lib/search/traditional.ts';

/** A query after conversion. */
export interface SimplifiedQuery {
  /** The query to search for. */
  text: string;
  /** The query as typed, when conversion changed it. */
  convertedFrom: string | undefined;
}

/** Converts the query if it has a character that exists only in traditional script; otherwise loads nothing. */
export async function simplifyQuery(query: string): Promise<SimplifiedQuery> {
  if (!needsConversion(query)) return { text: query, convertedFrom: undefined };
  const { simplify } = await import('./opencc-converter.ts');
  const text = simplify(query);
  return { text, convertedFrom: text === query ? undefined : query };
}
