/**
 * Records what a Chromium page transfers, through the DevTools protocol:
 * for each request its resource type, its render-blocking behaviour as
 * Chromium decides it, and its encoded size on the wire (headers included,
 * gzip as sent) — the figure DevTools shows as "transferred".
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface RecordedRequest {
  url: string;
  /** Chromium's resource type: Document, Stylesheet, Script, Fetch, XHR, Font, Image, … */
  type: string;
  /** Chromium's render-blocking decision: Blocking, InBodyParserBlocking, NonBlocking, … */
  renderBlocking: string;
  /** Bytes on the wire, 0 until loaded. */
  transferred: number;
  finished: boolean;
}

export interface NetworkRecorder {
  /** Every request so far, in the order they started. */
  requests: RecordedRequest[];
  /** How many requests have started so far; pass to `since` to get the requests of a step. */
  mark(): number;
  since(mark: number): RecordedRequest[];
  /** Resolves when no request has been in flight for `quietMs`. */
  quiet(quietMs?: number, timeoutMs?: number): Promise<void>;
}

export const sumTransferred = (requests: RecordedRequest[]): number =>
  requests.reduce((sum, r) => sum + r.transferred, 0);

/** A request whose download delays the first render, in Chromium's own judgement. */
export const isRenderBlocking = (request: RecordedRequest): boolean =>
  request.renderBlocking === 'Blocking' || request.renderBlocking === 'InBodyParserBlocking';

export async function recordNetwork(context: BrowserContext, page: Page): Promise<NetworkRecorder> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests: RecordedRequest[] = [];
  const byId = new Map<string, RecordedRequest>();
  let inFlight = 0;
  let lastChange = Date.now();
  cdp.on('Network.requestWillBeSent', (event) => {
    // A redirect reuses its request id: count the request once.
    if (byId.has(event.requestId)) return;
    const request: RecordedRequest = {
      url: event.request.url,
      type: event.type ?? 'Other',
      renderBlocking: event.renderBlockingBehavior ?? 'NonBlocking',
      transferred: 0,
      finished: false,
    };
    byId.set(event.requestId, request);
    requests.push(request);
    inFlight += 1;
    lastChange = Date.now();
  });
  const end = (requestId: string, bytes: number): void => {
    const request = byId.get(requestId);
    if (request === undefined || request.finished) return;
    request.transferred = bytes;
    request.finished = true;
    inFlight -= 1;
    lastChange = Date.now();
  };
  cdp.on('Network.loadingFinished', (event) => end(event.requestId, event.encodedDataLength));
  cdp.on('Network.loadingFailed', (event) => end(event.requestId, 0));
  return {
    requests,
    mark: () => requests.length,
    since: (mark) => requests.slice(mark),
    async quiet(quietMs = 400, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline)
          throw new Error(`the page kept loading for ${timeoutMs / 1000} s (${inFlight} requests in flight)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
