/**
 * The site's Content Security Policy, in one place for the <meta> tag of
 * every page and the headers file for static hosts.
 *
 * Only same-origin sources; no inline scripts or styles (Astro is set to emit
 * every script and stylesheet as a file), no WebAssembly and no eval: the
 * search is plain JavaScript over static index files.
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/**
 * frame-ancestors only works as an HTTP header: browsers ignore it in a
 * <meta> tag and say so in the console.
 */
const HEADER_ONLY: [string, string][] = [['frame-ancestors', "'none'"]];

const join = (directives: [string, string][]): string =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CSP_META = join(DIRECTIVES);

/** The policy for the `Content-Security-Policy` HTTP header. */
export const CSP_HEADER = join([...DIRECTIVES, ...HEADER_ONLY]);

/** Every security header a host should send, for the generated headers file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
