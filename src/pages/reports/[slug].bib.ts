/** The bib citation of each report at /reports/<slug>.bib (see src/lib/citation/citation-route.ts). */
import { citationRoute } from '../../lib/citation/citation-route.ts';

export const { getStaticPaths, GET } = citationRoute('bib');
