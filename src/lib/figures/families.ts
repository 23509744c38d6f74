/**
 * Similar indicators across places and years: a figure joins a family when
 * its indicator matches the family's pattern and its unit is one of the
 * family's units (矛盾纠纷 counted in 件 or 起, not 人). The list is written
 * by hand from the wording of real reports; the first family that matches
 * wins, so the narrower ones come first. Figures of no family stay on their
 * report's page and in the CSV.
 */
import type { Figure } from '../../schemas/figure.ts';

export interface FigureFamily {
  /** ASCII slug of the family's page: /figures/<slug>/. */
  slug: string;
  /** What the figures count, for headings: 调处矛盾纠纷. */
  label: string;
  /** The unit shown with the values. */
  unit: string;
  /** Units the family accepts (all read as `unit`). */
  units: readonly string[];
  pattern: RegExp;
  /** Indicators that look alike but count something else. */
  exclude?: RegExp;
}

export const FIGURE_FAMILIES: readonly FigureFamily[] = [
  { slug: 'mediation-success-rate', label: '调解成功率', unit: '%', units: ['%'], pattern: /调解成功率/u },
  { slug: 'satisfaction-rate', label: '满意率、好评率', unit: '%', units: ['%'], pattern: /满意率|好评率|满意度/u },
  { slug: 'completion-rate', label: '办结率、解决率', unit: '%', units: ['%'], pattern: /办结率|解决率|清理率/u },
  {
    slug: 'disputes-screened',
    label: '排查矛盾纠纷',
    unit: '件',
    units: ['件', '起', '次'],
    pattern: /(?:排查|摸排).*纠纷|纠纷.*排查|排查纠纷/u,
  },
  {
    slug: 'disputes-resolved',
    label: '调处、化解矛盾纠纷',
    unit: '件',
    units: ['件', '起'],
    pattern: /(?:调处|调解|化解|受理).*纠纷|^调处|^调解成功$|^调处解决$/u,
  },
  {
    slug: 'legal-adviser-decisions',
    label: '法律顾问参与决策',
    unit: '次',
    units: ['次', '件', '项'],
    pattern: /法律顾问.*(?:参与|决策|审查)/u,
  },
  {
    slug: 'party-meetings',
    label: '召开党委（党组）会议、常务会议',
    unit: '次',
    units: ['次', '场', '场次'],
    pattern: /(?:党组|党委|常务)会议/u,
  },
  {
    slug: 'law-study-sessions',
    label: '学法、理论学习',
    unit: '次',
    units: ['次', '场', '场次', '期'],
    pattern: /学法|理论学习|普法学习|学习.*法治思想|法律讲堂|讲座/u,
  },
  {
    slug: 'legal-education-events',
    label: '普法、法治宣传活动',
    unit: '次',
    units: ['次', '场', '场次', '期'],
    pattern: /普法|法治宣传|法制宣传|法律进|法律法规宣传/u,
    exclude: /资料|彩页|横幅|标语/u,
  },
  {
    slug: 'leaflets',
    label: '发放宣传资料',
    unit: '份',
    units: ['份', '册', '本'],
    pattern: /宣传资料|宣传彩页|宣传册|宣传单/u,
  },
  {
    slug: 'people-reached',
    label: '普法受众、惠及群众',
    unit: '人次',
    units: ['人次', '人'],
    pattern: /惠及群众|受教育|受众|受教|群众咨询/u,
  },
  {
    slug: 'legal-liaisons',
    label: '法律明白人',
    unit: '人',
    units: ['人', '名'],
    pattern: /法律明白人/u,
    exclude: /每个|每村|每人/u,
  },
  {
    slug: 'petitions',
    label: '信访件、群众来信来访',
    unit: '件',
    units: ['件', '批', '起'],
    pattern: /信访|来信|来访/u,
  },
  {
    slug: 'hotline-cases',
    label: '热线交办件',
    unit: '件',
    units: ['件', '个'],
    pattern: /热线|12345|来电/u,
  },
  { slug: 'law-enforcement-inspections', label: '执法检查', unit: '次', units: ['次'], pattern: /执法检查/u },
  { slug: 'training', label: '法治培训', unit: '次', units: ['次', '场', '场次', '期'], pattern: /培训/u },
  {
    slug: 'administrative-reconsideration',
    label: '行政复议、行政应诉案件',
    unit: '件',
    units: ['件', '起'],
    pattern: /行政复议|复议申请|应诉/u,
  },
  {
    slug: 'new-market-entities',
    label: '新增市场主体',
    unit: '户',
    units: ['户', '家', '个'],
    pattern: /(?:新增|新设立|新登记).*(?:市场主体|个体工商户|企业)/u,
  },
  {
    slug: 'fines',
    label: '罚款、涉案金额',
    unit: '万元',
    units: ['万元'],
    pattern: /罚款|罚没|涉案金额|金额/u,
  },
];

/** The family a figure belongs to, or undefined. */
export function familyOf(figure: Pick<Figure, 'indicator' | 'unit'>): FigureFamily | undefined {
  return FIGURE_FAMILIES.find(
    (family) =>
      family.units.includes(figure.unit) &&
      family.pattern.test(figure.indicator) &&
      !(family.exclude?.test(figure.indicator) ?? false),
  );
}
