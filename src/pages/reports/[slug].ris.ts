/** The ris citation of each report at /reports/<slug>.ris (see src/lib/citation/citation-route.ts). */
import { citationRoute } from '../../lib/citation/citation-route.ts';

export const { getStaticPaths, GET } = citationRoute('ris');
