/**
 * Writes every report's downloads (/reports/<slug>.md, .json, .bib, .ris,
 * .csl.json) and raw source (/sources/<file>) beside the pages Astro renders
 * (src/lib/report-files/files.ts says why they are not routes).
 *
 * In a build, a worker thread starts as soon as Astro has emptied the output
 * folder and works on the second core while Astro bundles and renders; the
 * build ends when both are done, and fails if the worker fails. In `astro
 * dev`, the same files are made on request.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { REPORTS_DIR } from '../data/reports-dir.ts';
import { CITATION_FORMATS } from '../lib/citation/formats.ts';
import {
  readReportFile,
  reportFilePaths,
  reportOutputFiles,
  sourceCopy,
  type ReportFilesOptions,
} from '../lib/report-files/files.ts';
import { sourceCharset } from '../lib/provenance.ts';

type Counts = { reports: number; sources: number };

function runWorker(options: ReportFilesOptions): Promise<Counts> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL('../lib/report-files/worker.ts', import.meta.url), { workerData: options });
    worker.once('message', (counts: Counts) => resolvePromise(counts));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`report files: the worker stopped with code ${code}`));
    });
  });
}

/** The Content-Type the dev server gives each download, by its ending. */
const DEV_TYPES: [string, string][] = [
  ...Object.entries(CITATION_FORMATS).map(([extension, { type }]): [string, string] => [`.${extension}`, type]),
  ['.json', 'application/json; charset=utf-8'],
  ['.md', 'text/markdown; charset=utf-8'],
];

/** In `astro dev`: the file at a path under the base, made from the report files now on disk. */
async function devFile(
  options: ReportFilesOptions,
  path: string,
): Promise<{ body: string | Buffer; type: string } | undefined> {
  const reportFileType = path.startsWith('reports/')
    ? DEV_TYPES.find(([ending]) => path.endsWith(ending))?.[1]
    : undefined;
  if (reportFileType === undefined && !path.startsWith('sources/')) return undefined;
  for (const filePath of reportFilePaths(options.reportsDir)) {
    const file = await readReportFile(filePath);
    if (reportFileType !== undefined) {
      const output = reportOutputFiles(file, options.site, options.base).find((candidate) => candidate.path === path);
      if (output !== undefined) return { body: output.content, type: reportFileType };
    } else {
      const source = sourceCopy(file.report, options.root);
      if (source.path === path)
        return {
          body: readFileSync(source.from),
          type: `text/plain; charset=${sourceCharset(file.report.provenance)}`,
        };
    }
  }
  return undefined;
}

export default function reportFiles(): AstroIntegration {
  let options: ReportFilesOptions | undefined;
  let job: Promise<Counts> | undefined;
  const start = (logger: AstroIntegrationLogger): void => {
    if (job !== undefined || options === undefined) return;
    job = runWorker(options);
    // Said at once, so a long build does not hide it; the build fails at its end, where `job` is awaited.
    job.catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  };
  return {
    name: 'report-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        const root = fileURLToPath(config.root);
        options = {
          reportsDir: resolve(root, REPORTS_DIR),
          outDir: fileURLToPath(config.outDir),
          root,
          site: config.site,
          base: config.base,
        };
      },
      // The first hook after Astro empties the output folder (once per Vite environment).
      'astro:build:setup': ({ logger }) => start(logger),
      'astro:build:done': async ({ logger }) => {
        if (job === undefined) throw new Error('report files: the worker was never started');
        const counts = await job;
        logger.info(`${counts.reports} reports' downloads and ${counts.sources} source files written`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          const path = decodeURIComponent(url.pathname);
          if (options === undefined || !path.startsWith(options.base)) return next();
          const devOptions = options;
          devFile(devOptions, path.slice(devOptions.base.length).replace(/^\//, ''))
            .then((file) => {
              if (file === undefined) return next();
              response.setHeader('Content-Type', file.type);
              response.end(file.body);
            })
            .catch(next);
        });
      },
    },
  };
}
