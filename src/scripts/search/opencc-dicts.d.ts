/**
 * opencc-js ships its dictionaries as modules exporting "from to|from to"
 * strings, without types (TSCharacters alone is also declared for the
 * normalizer in scripts/lib/normalize/opencc-dicts.d.ts; the specific
 * declaration wins there, this pattern covers the rest).
 */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
