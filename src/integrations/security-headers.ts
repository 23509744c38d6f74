/**
 * Writes `_headers` into the build: the security headers (with the full
 * Content Security Policy, including what a <meta> tag cannot carry) in the
 * format Netlify and Cloudflare Pages read. Other hosts: see README.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { SECURITY_HEADERS } from '../lib/security.ts';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const lines = [`${base}*`, ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
        await writeFile(new URL('_headers', dir), `${lines.join('\n')}\n`);
      },
    },
  };
}
