/** The page size of this build's paginated browse lists (src/lib/browse.ts): BROWSE_PAGE_SIZE unless the environment sets it. */
import { browsePageSize } from '../lib/browse.ts';

export const PAGE_SIZE = browsePageSize(process.env['BROWSE_PAGE_SIZE']);
