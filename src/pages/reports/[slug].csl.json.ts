/** The csl.json citation of each report at /reports/<slug>.csl.json (see src/lib/citation/citation-route.ts). */
import { citationRoute } from '../../lib/citation/citation-route.ts';

export const { getStaticPaths, GET } = citationRoute('csl.json');
