/** Moved to scripts/lib/browser/browser.ts (scripts must not import from tests/); import it from there. */
export * from '../../../scripts/lib/browser/browser.ts';
