/**
 * Every built HTML page of both builds validates with html-validate
 * (recommended rules; the few overrides are explained in the config).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtSites } from './support/context.ts';
import { htmlValidateConfig } from './support/html-validate.config.ts';
import { listHtmlFiles } from './support/site-files.ts';

const validator = new HtmlValidate(htmlValidateConfig);

describe('html-validate itself', () => {
  test('rejects invalid markup with this configuration', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="zh-CN"><title>x</title><p><div>x</div></p><img src="a.png"></html>',
    );
    expect(report.valid).toBe(false);
  });
});

describe.for(builtSites())('HTML of the $name build', (site) => {
  test(`every page under ${site.base} validates`, async () => {
    const files = await listHtmlFiles(site.dist);
    expect(files.length, `no HTML files in ${site.dist}`).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(site.dist, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          // Lint-style lines: file:line:col: rule: message, so each is easy to find in dist.
          problems.push(
            `${site.name}:${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`,
          );
        }
      }
    }
    expect(problems.join('\n'), `${problems.length} html-validate messages in ${files.length} pages`).toBe('');
  });
});
