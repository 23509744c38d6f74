/** The part of citation-js the tests use (the packages ship no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The parsed items, as CSL-JSON. */
    data: unknown[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
