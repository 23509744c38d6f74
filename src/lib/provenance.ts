/**
 * The normalizer's record of changes (frontmatter `provenance`) as lines a
 * reader can follow, for the provenance panel of each report page.
 */
import type { Provenance } from '../schemas/report.ts';

/** One kind of change: what was done, how often, and some examples. */
export interface ChangeLine {
  text: string;
  examples: string[];
}

const ENCODING_NAMES: Readonly<Record<Provenance['encoding'], string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带字节顺序标记）',
  gb18030: 'GB18030',
};

const LINE_ENDING_NAMES: Readonly<Record<Provenance['lineEndings'], string>> = {
  lf: 'LF',
  crlf: 'CRLF',
  cr: 'CR',
  mixed: '混合',
  none: '无换行',
};

export function describeEncoding(provenance: Provenance): string {
  return `${ENCODING_NAMES[provenance.encoding]}，换行符 ${LINE_ENDING_NAMES[provenance.lineEndings]}`;
}

/** The charset to label the raw source with when serving it. */
export function sourceCharset(provenance: Provenance): string {
  return provenance.encoding === 'gb18030' ? 'gb18030' : 'utf-8';
}

/** Every change the normalizer made, in reading order; kinds that did not occur are left out. */
export function describeChanges(provenance: Provenance): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const add = (count: number, text: string, examples: readonly string[] = []): void => {
    if (count > 0) lines.push({ text, examples: [...examples] });
  };
  if (provenance.encoding !== 'utf-8') add(1, `由 ${ENCODING_NAMES[provenance.encoding]} 转为 UTF-8`);
  add(
    provenance.chromeRemoved.length,
    `删除网页导航、信息表等非正文内容 ${provenance.chromeRemoved.length} 行`,
    provenance.chromeRemoved,
  );
  add(
    provenance.glossesRemoved.count,
    `删除拼音注音 ${provenance.glossesRemoved.count} 处`,
    provenance.glossesRemoved.examples,
  );
  add(
    provenance.charactersConverted.count,
    `繁体字转为简体字 ${provenance.charactersConverted.count} 处`,
    provenance.charactersConverted.examples,
  );
  add(
    provenance.punctuationNormalized.count,
    `中文之间的半角标点改为全角 ${provenance.punctuationNormalized.count} 处`,
    provenance.punctuationNormalized.examples,
  );
  add(provenance.spacesRemoved, `删除多余空格 ${provenance.spacesRemoved} 处`);
  add(provenance.linesSplit, `把粘连成一行的段落和标题重新分开 ${provenance.linesSplit} 处`);
  add(provenance.runInHeadingsSplit, `把与正文连写的标题单独成行 ${provenance.runInHeadingsSplit} 处`);
  add(
    provenance.headingsRenumbered.length,
    `修正标题编号 ${provenance.headingsRenumbered.length} 处`,
    provenance.headingsRenumbered.map((change) => `源文件第 ${change.line} 行：${change.from} → ${change.to}`),
  );
  add(provenance.junkRemoved.length, `删除正文末尾的杂项 ${provenance.junkRemoved.length} 处`, provenance.junkRemoved);
  if (provenance.titleFrom === 'generated')
    add(1, '源文件没有标题，标题由整理程序按“地区＋年度＋法治政府建设情况报告”生成');
  return lines;
}

const PLACE_CLUE_NAMES: Readonly<Record<Provenance['placeFrom']['clue'], string>> = {
  metadata: '元数据文件',
  title: '标题',
  signature: '落款',
  addressee: '主送机关',
  opening: '开头',
  body: '正文',
  chrome: '网页发布机构',
  text: '正文中出现最多的省份',
};

const YEAR_CLUE_NAMES: Readonly<Record<Provenance['yearFrom']['clue'], string>> = {
  metadata: '元数据文件',
  title: '标题',
  'reported-on': '“现将……报告如下”',
  heading: '小标题',
  opening: '开头',
  date: '成文日期',
  plan: '下一年度工作计划',
};

/** How the normalizer placed the report on the division list and found its year: the deciding clues, as written. */
export function describeResolution(provenance: Provenance): { place: string; year: string } {
  const { placeFrom, yearFrom } = provenance;
  const alias = placeFrom.alias === undefined ? '' : `；${placeFrom.alias}`;
  return {
    place: `${PLACE_CLUE_NAMES[placeFrom.clue]}“${placeFrom.text}”${alias}`,
    year: `${YEAR_CLUE_NAMES[yearFrom.clue]}“${yearFrom.text}”`,
  };
}
