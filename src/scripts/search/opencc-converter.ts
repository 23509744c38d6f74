/**
 * The converter chunk of the search page: the shared simplifier
 * (src/lib/text/simplify.ts), loaded only for queries that need it (see
 * simplify-query.ts), so that nearly every search downloads no dictionary.
 */
export { simplify } from '../../lib/text/simplify.ts';
