/**
 * The progress line on stderr: which step is running, what it is doing, and
 * for how long. On a terminal the line is redrawn every second, so a long
 * step (a 10,000-page build) never looks frozen; in a log (CI, a background
 * run) a line is written when a step starts and ends, and at most every
 * 20 seconds in between.
 */
export interface Progress {
  /** Starts step `label` (e.g. "building the site"). */
  start(label: string): void;
  /** What the current step is doing now (e.g. "3,412 pages"). */
  update(detail: string): void;
  /** Ends the current step with a short summary (e.g. "41.2 s"). */
  finish(summary: string): void;
  /** Stops the ticker (call once, at the end). */
  close(): void;
}

const LOG_EVERY_MS = 20_000;

export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, total?: number): Progress {
  const tty = stream.isTTY === true;
  let index = 0;
  let label = '';
  let detail = '';
  let started = 0;
  let lastLog = 0;
  const prefix = (): string => `[${index}${total === undefined ? '' : `/${total}`}] ${label}`;
  const line = (): string =>
    `${prefix()}${detail === '' ? '' : ` · ${detail}`} · ${formatDuration(Date.now() - started)}`;
  const draw = (): void => {
    if (label === '') return;
    if (tty) {
      const width = Math.max(20, (stream.columns ?? 100) - 1);
      // Chinese characters take two columns; cutting by characters is close enough for a status line.
      stream.write(`\r\x1b[2K${line().slice(0, width)}`);
    } else if (Date.now() - lastLog >= LOG_EVERY_MS) {
      lastLog = Date.now();
      stream.write(`${line()}\n`);
    }
  };
  const ticker = setInterval(draw, 1000);
  ticker.unref();
  return {
    start(next) {
      index += 1;
      label = next;
      detail = '';
      started = Date.now();
      lastLog = 0;
      draw();
    },
    update(next) {
      detail = next;
      if (tty) draw();
      else if (Date.now() - lastLog >= LOG_EVERY_MS) draw();
    },
    finish(summary) {
      const done = `${prefix()} · ${summary}`;
      stream.write(tty ? `\r\x1b[2K${done}\n` : `${done}\n`);
      label = '';
    },
    close() {
      clearInterval(ticker);
    },
  };
}
