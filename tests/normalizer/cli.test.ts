/**
 * `npm run normalize -- --in DIR --out DIR` as a user runs it: bad input gets
 * a message naming the file (and line), a non-zero exit, and the output
 * folder exactly as it was; good input replaces the output folder whole.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot as root, runNormalize as normalize, snapshot } from './support/normalize-command.ts';

const seed = readFileSync(join(root, 'content/sources/laochangxiang-2023.txt'));
const seedMeta = 'province: 云南省\n';

function workspace(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(join(tmpdir(), 'normalize-cli-'));
  const inDir = join(dir, 'in');
  const outDir = join(dir, 'out');
  cpSync(join(root, 'content/reports'), outDir, { recursive: true });
  mkdirSync(inDir);
  for (const [name, data] of Object.entries({ 'good.txt': seed, 'good.yaml': seedMeta, ...files })) {
    writeFileSync(join(inDir, name), data);
  }
  return { dir, inDir, outDir };
}

describe('normalize command', () => {
  it('writes one Markdown file per report and passes its own --check', () => {
    const { inDir, dir } = workspace({});
    const outDir = join(dir, 'fresh');
    const run = normalize('--in', inDir, '--out', outDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^wrote 1 report \(/u);
    expect(readdirSync(outDir)).toEqual(['laochangxiang-2023.md']);
    expect(normalize('--in', inDir, '--out', outDir, '--check').status).toBe(0);

    writeFileSync(join(outDir, 'laochangxiang-2023.md'), 'edited by hand');
    const stale = normalize('--in', inDir, '--out', outDir, '--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/laochangxiang-2023\.md: out of date\n {2}→ run npm run normalize/u);
  });

  const badInputs: [string, Record<string, string | Uint8Array>, RegExp][] = [
    ['an empty file', { 'empty.txt': '' }, /empty\.txt: the file is empty/u],
    [
      'a binary file',
      { 'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]) },
      /binary\.txt:2: the file is binary/u,
    ],
    [
      'undecodable bytes',
      { 'broken.txt': new Uint8Array([...new TextEncoder().encode('老厂乡\n'), 0xff, 0xfe, 0xfd, 0x81]) },
      /broken\.txt:2: the bytes are neither UTF-8 nor GB18030/u,
    ],
    [
      'no year or place',
      { 'vague.txt': '关于法治政府建设情况的报告\n我乡坚持依法行政。\n' },
      /vague\.txt: the year reported on is not stated[\s\S]*add "year: 2023" to .*vague\.yaml/u,
    ],
    [
      'an unknown metadata key',
      {
        'other.txt': '头营镇2022年法治政府建设情况报告\n正文。\n',
        'other.yaml': 'province: 宁夏回族自治区\ncountry: 中国\n',
      },
      /other\.yaml:2: unknown key "country"/u,
    ],
    [
      'two sources with one slug',
      {
        'twin.txt': '老厂乡2023年度法治政府建设工作情况报告\n另一份报告。\n',
        'twin.yaml': `${seedMeta}county: 新平县\n`,
      },
      /would get the slug "laochangxiang-2023", which .*good\.txt already has[\s\S]*add a distinct "slug: …"/u,
    ],
    [
      'the same report twice',
      { 'copy.txt': seed, 'copy.yaml': seedMeta },
      /(?:copy|good)\.txt: the same bytes as \/.*(?:good|copy)\.txt/u,
    ],
  ];

  it.each(badInputs)('refuses %s, names the file and leaves the output untouched', (_name, files, message) => {
    const { dir, inDir, outDir } = workspace(files);
    const before = snapshot(outDir);
    const run = normalize('--in', inDir, '--out', outDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/problems?; nothing written\.\n$/u);
    expect(run.stderr).not.toMatch(/\n\s+at /u); // no stack trace
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']); // no temporary folder left behind
  });

  it('refuses to replace a folder holding files it did not write', () => {
    const { inDir, outDir } = workspace({});
    writeFileSync(join(outDir, 'notes.txt'), 'mine');
    const run = normalize('--in', inDir, '--out', outDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/holds files the normalizer did not write \(notes\.txt\)/u);
    expect(readFileSync(join(outDir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('explains a missing folder and wrong arguments', () => {
    const missing = normalize('--in', '/nonexistent/folder', '--out', '/tmp/x');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such folder/u);
    const half = normalize('--in', '/tmp');
    expect(half.status).toBe(2);
    expect(half.stderr).toMatch(/--in and --out go together/u);
  });
});
