/** opencc-js ships its dictionaries as modules exporting "from to|from to" strings, without types. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
