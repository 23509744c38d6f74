/**
 * Composes one synthetic report from the material: a title in one of the
 * real reports' forms, an opening paragraph, sections laid out like one of
 * the real reports (工作举措和成效 → 存在的不足 → 下一步安排 …) and filled with
 * subsections and paragraphs drawn from all of them, then the place's names,
 * the year and the figures filled in. The result is plain structured text;
 * `shapes.ts` turns it into a raw file.
 */
import type { Material, Section, SectionKind, Subsection } from './material.ts';
import { shortName } from './material.ts';
import type { PlaceYear } from './places.ts';
import type { Random } from './random.ts';

export interface ComposedSection {
  heading: string;
  paragraphs: string[];
  subsections: Subsection[];
}

export interface ComposedReport {
  /** Absent in reports that start straight with the text (as one real report does). */
  title?: string;
  /** True when neither the title nor the opening names the place: the metadata file must declare it. */
  placeImplied: boolean;
  addressee?: string;
  intro: string[];
  sections: ComposedSection[];
  signature?: string;
  date: { year: number; month: number; day: number };
}

const ORDINALS = [...'一二三四五六七八九十'];
/** The real reports have at most seven subsections in a section. */
const MAX_SUBSECTIONS = 8;

/** The title forms found in the real reports; `undefined` = no title line at all. */
const TITLES: Record<string, ((p: PlaceYear) => string) | undefined> = {
  placeYear: (p) => `${p.place}${p.year}年度法治政府建设工作情况报告`,
  countyPlaceYear: (p) => `${p.county}${p.place}${p.year}年法治政府建设情况报告`,
  about: (p) => `关于${p.year}年法治政府建设情况的报告`,
  issuers: (p) => `中共${p.place}委员会${p.place}人民政府关于${p.year}年度法治政府建设工作情况的报告`,
  placeAbout: (p) => `${p.place}关于${p.year}年度法治政府建设情况的报告`,
  none: undefined,
};
const TITLE_WEIGHTS = { placeYear: 4, countyPlaceYear: 3, about: 2, issuers: 1, placeAbout: 1, none: 2 } as const;

/** Fills the placeholders of a template with a place and year. */
export function fill(text: string, p: PlaceYear): string {
  return text
    .replaceAll('{PLACE}', p.place)
    .replaceAll('{SHORT}', shortName(p.place))
    .replaceAll('{LV}', p.level)
    .replaceAll('{COUNTY}', p.county)
    .replaceAll('{CITY}', p.city ?? p.province)
    .replaceAll('{PROVINCE_SHORT}', shortName(p.province))
    .replaceAll('{PROVINCE}', p.province)
    .replaceAll('{Y-1}', String(p.year - 1))
    .replaceAll('{Y+1}', String(p.year + 1))
    .replaceAll('{Y}', String(p.year));
}

/**
 * Varies the figures of a text (5场次, 12次, 2449个) so that reports built
 * from the same paragraph still differ, as the index of a real archive would
 * see. Years, document numbers (〔2019〕28号) and hotlines (12345) stay.
 */
export function varyFigures(text: string, random: Random): string {
  return text.replace(
    /(?<![\d〔[（(.\-－—~])(\d{1,4})(?![\d年-])(?=\s*(?:场次|场|次|件|人次|人|个|余|起|项|名|户|份|家|期|篇|条|村|所|支|批|万))/gu,
    (digits) => {
      const value = Number(digits);
      if (value === 0) return digits;
      return String(Math.max(1, Math.round(value * (0.5 + random.next()))));
    },
  );
}

/** Gives enumerated paragraphs (一是…, 二是…) their order in the new report. */
function renumberItems(paragraphs: string[]): string[] {
  let n = 0;
  return paragraphs.map((text) =>
    /^[一二三四五六七八九十]是/u.test(text) ? `${ORDINALS[n++] ?? '十'}是${text.slice(2)}` : text,
  );
}

const bytes = (text: string): number => Buffer.byteLength(text);
const subsectionBytes = (s: Subsection): number =>
  bytes(s.heading) +
  s.paragraphs.reduce((a, p) => a + bytes(p), 0) +
  s.points.reduce((a, p) => a + bytes(p.heading) + p.paragraphs.reduce((b, q) => b + bytes(q), 0), 0);

/** Splits a paragraph into sentences, keeping each sentence's final 。. */
function sentences(text: string): string[] {
  return text.match(/[^。！？]+[。！？]?/gu) ?? [text];
}

/**
 * A report about `p` whose text (before any shape is applied) weighs about
 * `targetBytes` of UTF-8, within a few hundred bytes.
 */
export function composeReport(material: Material, p: PlaceYear, random: Random, targetBytes: number): ComposedReport {
  const reports = material.reports;
  const all = <T>(select: (section: Section) => T[], kind: SectionKind): T[] =>
    reports.flatMap((r) => r.sections.filter((s) => s.kind === kind).flatMap(select));

  const titleForm = random.weighted(TITLE_WEIGHTS);
  const title = TITLES[titleForm]?.(p);
  // Without a title the opening sentence must name the place ("2024年以来，巩留镇坚持…"), as in the real report of that form.
  const namesPlaceFirst = (intro: string): boolean => /^\{Y\}年(?:以来)?，\{PLACE\}/u.test(intro);
  const intros = reports
    .map((r) => r.intro.join('\n'))
    .filter((intro) => intro !== '' && (title !== undefined || namesPlaceFirst(intro)));
  const intro = random.pick(intros).split('\n');

  const skeleton = random.pick(reports).sections.map((s) => s.kind);
  if (!skeleton.includes('measures')) skeleton.unshift('measures');

  const sections: ComposedSection[] = skeleton.map((kind) => {
    const heading = random.pick(all((s) => [s.heading], kind));
    if (kind === 'measures' || kind === 'duty') return { heading, paragraphs: [], subsections: [] };
    if (kind === 'other')
      return {
        heading,
        paragraphs: random.pick(
          reports.flatMap((r) => r.sections.filter((s) => s.kind === 'other').map((s) => s.paragraphs)),
        ),
        subsections: [],
      };
    // Problems and plans: a list of enumerated paragraphs, or subsections, as the real reports do both.
    const items = all((s) => s.paragraphs.filter((t) => /^[一二三四五六七八九十]是/u.test(t)), kind);
    const subsections = all((s) => s.subsections, kind);
    if (items.length >= 2 && (subsections.length === 0 || random.chance(0.6))) {
      return {
        heading,
        paragraphs: renumberItems(random.shuffle(items).slice(0, random.int(2, Math.min(5, items.length)))),
        subsections: [],
      };
    }
    return {
      heading,
      paragraphs: [],
      subsections: random.shuffle(subsections).slice(0, random.int(2, Math.min(4, subsections.length))),
    };
  });

  // The bulk: work (and duty) subsections from every report, until the report has its size.
  const pool = random.shuffle([...all((s) => s.subsections, 'measures'), ...all((s) => s.subsections, 'duty')]);
  const spare = pool
    .flatMap((s) => s.paragraphs)
    .flatMap(sentences)
    .filter((s) => !/^[一二三四五六七八九十]是/u.test(s) && bytes(s) > 60);
  const empty = sections.filter((s) => s.subsections.length === 0 && s.paragraphs.length === 0);
  const bodies = empty.length > 0 ? empty : [sections[0]!];
  let size =
    bytes(intro.join('')) +
    sections.reduce(
      (a, s) =>
        a +
        bytes(s.heading) +
        s.paragraphs.reduce((b, t) => b + bytes(t), 0) +
        s.subsections.reduce((b, t) => b + subsectionBytes(t), 0),
      0,
    );
  let turn = 0;
  for (const subsection of pool) {
    if (size >= targetBytes - 600) break;
    const grown = subsectionBytes(subsection);
    if (size + grown > targetBytes + 300) continue;
    const open = bodies.filter((s) => s.subsections.length < MAX_SUBSECTIONS);
    if (open.length === 0) break;
    const into = open[turn++ % open.length]!;
    // One sentence in three subsections comes from elsewhere: recombined text, not whole copies.
    const paragraphs = [...subsection.paragraphs];
    if (paragraphs.length > 0 && random.chance(1 / 3)) {
      const extra = random.pick(spare);
      paragraphs[paragraphs.length - 1] += extra;
      size += bytes(extra);
    }
    into.subsections.push({ ...subsection, paragraphs });
    size += grown;
  }

  const filled = (text: string): string => varyFigures(fill(text, p), random);
  const reportedAt = random.chance(0.8)
    ? { year: p.year + 1, month: random.int(1, 3), day: random.int(1, 28) }
    : { year: p.year, month: random.int(11, 12), day: random.int(1, 30) };
  const issuer = p.level === '街道' ? `${p.place}办事处` : `${p.place}人民政府`;
  const signature = random.weighted({ short: 6, chain: 3, none: 1 });
  const addressee = random.weighted({ none: 3, county: 2, party: 1 });
  return {
    ...(title === undefined ? {} : { title }),
    placeImplied: titleForm === 'about' || titleForm === 'issuers',
    ...(addressee === 'county'
      ? { addressee: `${p.county}人民政府` }
      : addressee === 'party'
        ? { addressee: `中共${p.county}委、${p.county}人民政府` }
        : {}),
    intro: intro.map(filled),
    sections: sections.map((s) => ({
      heading: fill(s.heading, p),
      paragraphs: s.paragraphs.map(filled),
      subsections: s.subsections.map((sub) => ({
        heading: fill(sub.heading, p),
        paragraphs: sub.paragraphs.map(filled),
        points: sub.points.map((point) => ({
          heading: fill(point.heading, p),
          paragraphs: point.paragraphs.map(filled),
        })),
      })),
    })),
    ...(signature === 'none'
      ? {}
      : { signature: signature === 'short' ? issuer : `${p.city ?? ''}${p.county}${issuer}` }),
    date: reportedAt,
  };
}
