/**
 * Finding and launching Chromium for the end-to-end tests and the benchmark, and opening pages
 * that record everything the browser complains about.
 *
 * `npx playwright install` cannot download browsers on the project's machines,
 * so Playwright is driven through `playwright-core` with an explicit
 * executable: CHROME_PATH, then a system Chromium or Chrome, then the Chromium
 * shipped inside the `@sparticuz/chromium` npm package.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * Flags for a quiet, deterministic headless Chromium. No sandbox because the
 * tests run as root in containers; the rest stops Chromium from talking to
 * Google services, which would show up as failed requests or console noise.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--mute-audio',
];

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const WHICH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where an executable came from, so the test report can say which browser ran. */
export interface ChromiumCandidate {
  path: string;
  source: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
}

function which(name: string): string | undefined {
  try {
    const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return found === '' ? undefined : found;
  } catch {
    return undefined;
  }
}

/** Lists the executables to try, best first, without launching anything. */
async function listCandidates(): Promise<ChromiumCandidate[]> {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    // An explicit choice that is wrong must not silently fall back to another browser.
    if (!existsSync(fromEnv)) {
      throw new Error(
        `CHROME_PATH=${fromEnv} does not exist; point it at a Chromium or Chrome executable or unset it.`,
      );
    }
    return [{ path: fromEnv, source: 'CHROME_PATH' }];
  }
  const candidates: ChromiumCandidate[] = [];
  const seen = new Set<string>();
  const add = (path: string | undefined, source: ChromiumCandidate['source']): void => {
    if (path !== undefined && existsSync(path) && !seen.has(path)) {
      seen.add(path);
      candidates.push({ path, source });
    }
  };
  for (const path of SYSTEM_CANDIDATES) add(path, 'system');
  for (const name of WHICH_NAMES) add(which(name), 'system');
  try {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    // Unpacks the browser to /tmp on first use and sets LD_LIBRARY_PATH and
    // FONTCONFIG_PATH in this process, which Chromium then inherits.
    add(await sparticuz.executablePath(), '@sparticuz/chromium');
  } catch (error) {
    if (candidates.length === 0) {
      throw new Error(
        `No Chromium found: no CHROME_PATH, no system browser, and @sparticuz/chromium failed: ${String(error)}`,
        { cause: error },
      );
    }
  }
  return candidates;
}

let resolved: Promise<ChromiumCandidate> | undefined;

/**
 * Returns the first Chromium that actually launches here (cached per worker).
 * Throws one error listing every candidate and why it failed.
 */
export function findChromium(): Promise<ChromiumCandidate> {
  resolved ??= (async () => {
    const candidates = await listCandidates();
    const failures: string[] = [];
    for (const candidate of candidates) {
      try {
        const browser = await chromium.launch({ executablePath: candidate.path, args: CHROMIUM_ARGS, timeout: 30_000 });
        await browser.close();
        return candidate;
      } catch (error) {
        failures.push(`${candidate.path} (${candidate.source}): ${String(error).split('\n')[0]}`);
      }
    }
    throw new Error(
      'No Chromium could be launched. Set CHROME_PATH to a working Chromium, or install one ' +
        '(apt-get install chromium). Tried:\n' +
        (failures.length > 0 ? failures.join('\n') : '(no candidates found)'),
    );
  })();
  return resolved;
}

/** Launches the Chromium found by {@link findChromium}. */
export async function launchBrowser(): Promise<Browser> {
  const { path } = await findChromium();
  return chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
}

/** Everything a page said or failed to load while a test looked at it. */
export interface PageLog {
  /** Console messages, as "type: text (url:line)". */
  console: string[];
  /** Uncaught exceptions thrown by page scripts. */
  pageErrors: string[];
  /** Requests that failed at the network level or got an HTTP status of 400 or more. */
  failedRequests: string[];
  /** Every URL the page requested, in order (to check they all stay under the base path). */
  requests: string[];
}

/** Options for {@link expectCleanLog}. */
export interface CleanLogOptions {
  /**
   * A URL whose 404 is the point of the test (the 404 page itself). Chromium
   * logs a console error for it too; that one message and that one response
   * are then allowed, nothing else.
   */
  expected404?: string;
}

/** Starts recording a page's console, errors and failed requests. */
export function recordPage(page: Page): PageLog {
  const log: PageLog = { console: [], pageErrors: [], failedRequests: [], requests: [] };
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('console', (message) => {
    const { url, lineNumber } = message.location();
    log.console.push(`${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.stack ?? error.message));
  page.on('requestfailed', (request) => {
    log.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      log.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  return log;
}

/**
 * Returns the problems in a page log as one readable string, or '' when the
 * page was silent. Tests assert `expect(problems(log)).toBe('')` so a failure
 * prints every message at once.
 */
export function logProblems(log: PageLog, options: CleanLogOptions = {}): string {
  const allowed404 = options.expected404;
  const consoleLines = log.console.filter(
    (line) =>
      !(
        allowed404 !== undefined &&
        line.startsWith('error: Failed to load resource: the server responded with a status of 404') &&
        line.includes(`(${allowed404}:`)
      ),
  );
  const failed = log.failedRequests.filter(
    (line) => !(allowed404 !== undefined && line === `GET ${allowed404}: HTTP 404`),
  );
  const sections: string[] = [];
  if (consoleLines.length > 0) sections.push(`console:\n  ${consoleLines.join('\n  ')}`);
  if (log.pageErrors.length > 0) sections.push(`page errors:\n  ${log.pageErrors.join('\n  ')}`);
  if (failed.length > 0) sections.push(`failed requests:\n  ${failed.join('\n  ')}`);
  return sections.join('\n');
}

/** A page with its log, opened by {@link openPage}. */
export interface OpenedPage {
  page: Page;
  log: PageLog;
  /** Status of the main document response (null for about: pages). */
  status: number | null;
  /** The page's request tracker, to wait for quiet after a click. */
  network: NetworkTracker;
}

/** Follows a page's requests from the moment it is created, to wait for quiet later. */
export interface NetworkTracker {
  /**
   * Resolves once no request has been in flight for `quietMs`. Playwright's
   * "networkidle" waits a fixed 500 ms on every page; the site's few lazily
   * loaded scripts start within milliseconds of load, so a shorter quiet
   * period catches them and keeps the suite fast.
   */
  quiet(quietMs?: number, timeoutMs?: number): Promise<void>;
}

/** Starts counting a page's requests in flight (call before navigating). */
export function trackNetwork(page: Page): NetworkTracker {
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const ended = (): void => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async quiet(quietMs = 150, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline)
          throw new Error(`${page.url()}: network not quiet after ${timeoutMs} ms (${inFlight} requests in flight)`);
        await page.waitForTimeout(25);
      }
    },
  };
}

/**
 * Opens `url` in a fresh page of `context` with recording started before the
 * navigation, so messages during load are caught. Waits for the load event
 * and then for the network to go quiet, so lazily loaded scripts have run.
 */
export async function openPage(context: BrowserContext, url: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const log = recordPage(page);
  const network = trackNetwork(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  await network.quiet();
  return { page, log, status: response?.status() ?? null, network };
}

/** Creates a context with the options every test wants (a stable viewport). */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
}
