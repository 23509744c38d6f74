/**
 * The five real reports end to end: the committed content/reports/ is what
 * the normalizer produces today (the stale-output check), the output is
 * deterministic, and — checked here independently of the pipeline's own
 * check — every Chinese character of each source survives in order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schemas/report.ts';
import { toSimplified } from '../../src/lib/text/simplify.ts';
import { normalizeCorpus } from '../../scripts/lib/normalize/corpus.ts';

const root = new URL('../../', import.meta.url).pathname;
const sourcesDir = join(root, 'content/sources');
const reportsDir = join(root, 'content/reports');

const committed = readdirSync(reportsDir)
  .filter((n) => n.endsWith('.md'))
  .sort();
const readReport = (name: string) => {
  const text = readFileSync(join(reportsDir, name), 'utf8');
  const [, frontmatter, body] = text.match(/^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/u)!;
  return { data: reportSchema.parse(parse(frontmatter!)), body: body! };
};

describe('the seed reports', async () => {
  const first = await normalizeCorpus({ inDir: sourcesDir, root });

  it('normalize without problems', () => {
    expect(first.problems).toEqual([]);
    expect(first.files).toHaveLength(readdirSync(sourcesDir).filter((n) => n.endsWith('.txt')).length);
  });

  it('match the committed content/reports/ byte for byte (run `npm run normalize` if this fails)', () => {
    expect(first.files.map((f) => f.fileName).sort()).toEqual(committed);
    for (const file of first.files)
      expect(file.markdown, file.fileName).toBe(readFileSync(join(reportsDir, file.fileName), 'utf8'));
  });

  it('normalize identically twice', async () => {
    const second = await normalizeCorpus({ inDir: sourcesDir, root });
    expect(second.files.map((f) => f.markdown)).toEqual(first.files.map((f) => f.markdown));
  });

  it.each(committed)('%s keeps every Chinese character of its source, in order', (name) => {
    const { data, body } = readReport(name);
    const raw = readFileSync(join(root, data.source.path), 'utf8');
    // Independent of the pipeline: drop glosses and the chrome lines the report says it removed, convert, compare.
    const chrome = new Set(data.provenance.chromeRemoved);
    const lines = raw.split(/\r?\n/u);
    // Recorded numbering repairs are the only allowed change of characters: apply them on their lines.
    for (const r of data.provenance.headingsRenumbered) {
      const ascii = r.from.replace('（', '(').replace('）', ')');
      lines[r.line - 1] = lines[r.line - 1]!.replace(lines[r.line - 1]!.includes(r.from) ? r.from : ascii, r.to);
    }
    const text = lines
      .filter((line) => !chrome.has(line.replace(/[\s\u00a0\u3000]+/gu, ' ').trim()))
      .join('\n')
      .replace(/\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/gu, '');
    const converted = data.provenance.charactersConverted.count > 0 ? toSimplified(text) : text;
    const han = (s: string) => s.match(/\p{Script=Han}/gu) ?? [];
    const expected = han(converted).join('');
    const output = [
      data.provenance.titleFrom === 'source' ? data.title : '',
      data.addressee ?? '',
      body,
      data.signature ?? '',
      data.dateLine ?? '',
    ].join('\n');
    expect(han(output).join('')).toBe(expected);
  });

  it.each(committed)('%s has headings at every level the provenance counts', (name) => {
    const { data, body } = readReport(name);
    const count = (depth: number) => (body.match(new RegExp(`^${'#'.repeat(depth)} `, 'gmu')) ?? []).length;
    expect({ h2: count(2), h3: count(3), h4: count(4) }).toEqual(data.provenance.headings);
    expect(data.provenance.headings.h2).toBeGreaterThanOrEqual(3);
    // Enumerations stay text: no heading starts with 一是/二是.
    expect(body).not.toMatch(/^#+ [一二三四五六七八九十]是/mu);
    // Numbers run without gaps or repeats inside each parent.
    const h2 = [...body.matchAll(/^## ([一二三四五六七八九十]+)、/gmu)].map((m) => m[1]);
    expect(h2).toEqual(['一', '二', '三', '四', '五'].slice(0, h2.length));
  });
});

describe('what the seeds need from the normalizer', () => {
  const reports = Object.fromEntries(committed.map((name) => [name.replace(/\.md$/u, ''), readReport(name)]));
  it('splits the collapsed report and its run-in headings', () => {
    const { data, body } = reports['laochangxiang-2023']!;
    expect(data.provenance.linesSplit).toBeGreaterThan(20);
    expect(body).toMatch(/^## 二、存在的不足和原因\n\n2023年，老厂乡/mu);
    expect(data).toMatchObject({
      addressee: '新平县人民政府',
      signature: '老厂乡人民政府',
      published: '2023-11-29',
      provenance: { junkRemoved: ['|'] },
    });
  });
  it('removes glosses and converts the traditional report', () => {
    const { data, body } = reports['gongliuzhen-2024']!;
    expect(data.provenance.glossesRemoved.count).toBeGreaterThan(100);
    expect(data.provenance.charactersConverted.count).toBeGreaterThan(500);
    expect(body).toMatch(/^### （一）深入开展法治教育，不断厚植法治思维。\n\n一是/mu);
    expect(body).toContain('着力压实');
    expect(body).not.toMatch(/\([a-zà-ǜ]+\)/u);
    expect(data.title).toBe('巩留镇2024年法治政府建设情况报告');
    expect(data.provenance.titleFrom).toBe('generated');
  });
  it('removes web chrome and keeps what it said', () => {
    const { data, body } = reports['touyingzhen-2022']!;
    expect(data).toMatchObject({ published: '2023-03-14', indexNumber: '640421026/2023-00004' });
    expect(data.provenance.chromeRemoved.some((l) => l.startsWith('您当前的位置'))).toBe(true);
    expect(body).not.toMatch(/扫一扫|网站地图|ICP备|您当前的位置/u);
  });
  it('repairs broken numbering and records it', () => {
    const { data } = reports['lizhuangxiang-2023']!;
    expect(data.provenance.headingsRenumbered.map((r) => `${r.from}→${r.to}`)).toEqual([
      '（1）→（一）',
      '（2）→（二）',
      '5、→五、',
    ]);
  });
  it('joins the title split by a space and keeps the addressee', () => {
    const { data } = reports['hongjiangqu-2021']!;
    expect(data.title).toMatch(/情况的报告$/u);
    expect(data.addressee).toBe('中共怀化市委、怀化市人民政府');
  });
});
