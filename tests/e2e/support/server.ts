/** Moved to scripts/lib/browser/server.ts (scripts must not import from tests/); import it from there. */
export * from '../../../scripts/lib/browser/server.ts';
