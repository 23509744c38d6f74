/**
 * The columns of the metadata CSV, in order: one row per report. Each column
 * names its Frictionless Table Schema type and how it is read from the
 * report's record, so the CSV, its table schema in datapackage.json and the
 * /data/ page's field list come from one definition.
 */
import type { ReportRecord } from './report-record.ts';

export interface MetadataColumn {
  name: string;
  /** Frictionless Table Schema field type. */
  type: 'string' | 'integer' | 'date';
  /** What the column holds, for the /data/ page and datapackage.json. */
  description: string;
  /** The cell; undefined leaves it empty (value not known). */
  value: (record: ReportRecord) => string | number | undefined;
}

export const METADATA_COLUMNS: readonly MetadataColumn[] = [
  { name: 'slug', type: 'string', description: '报告标识，页面地址为 reports/<slug>/', value: (r) => r.slug },
  { name: 'title', type: 'string', description: '标题（简体）', value: (r) => r.title },
  { name: 'place', type: 'string', description: '报告所涉地方', value: (r) => r.place },
  { name: 'level', type: 'string', description: '地方层级：乡、镇、街道、区、县或市', value: (r) => r.level },
  { name: 'county', type: 'string', description: '所属县级单位（已知时）', value: (r) => r.county },
  { name: 'city', type: 'string', description: '所属地级单位（已知时）', value: (r) => r.city },
  { name: 'province', type: 'string', description: '所属省级单位', value: (r) => r.province },
  {
    name: 'divisionCode',
    type: 'string',
    description: '统计用区划代码：乡级单位 9 位，县级单位 6 位',
    value: (r) => r.divisionCode,
  },
  { name: 'divisionProvince', type: 'string', description: '省级单位正式名称', value: (r) => r.division.province },
  { name: 'divisionCity', type: 'string', description: '地级单位正式名称（如有）', value: (r) => r.division.city },
  { name: 'divisionCounty', type: 'string', description: '县级单位正式名称', value: (r) => r.division.county },
  {
    name: 'divisionTownship',
    type: 'string',
    description: '乡级单位正式名称（乡级报告）',
    value: (r) => r.division.township,
  },
  { name: 'year', type: 'integer', description: '报告所述年度（不是发布年份）', value: (r) => r.year },
  { name: 'published', type: 'date', description: '成文或发布日期（已知时）', value: (r) => r.published },
  { name: 'issuer', type: 'string', description: '发布机关（已知时）', value: (r) => r.issuer },
  { name: 'addressee', type: 'string', description: '报送对象（已知时）', value: (r) => r.addressee },
  { name: 'indexNumber', type: 'string', description: '原网页的索引号（已知时）', value: (r) => r.indexNumber },
  { name: 'path', type: 'string', description: '本站报告页面的路径（相对于网站根）', value: (r) => r.path },
  { name: 'sourceUrl', type: 'string', description: '政府网站原文网址（已知时）', value: (r) => r.source.url },
  { name: 'sourcePath', type: 'string', description: '原始文件在仓库中的路径', value: (r) => r.source.path },
  { name: 'sourceSha256', type: 'string', description: '原始文件的 SHA-256', value: (r) => r.source.sha256 },
  { name: 'sourceBytes', type: 'integer', description: '原始文件的字节数', value: (r) => r.source.bytes },
  { name: 'sections', type: 'integer', description: '各级标题（节）的数量', value: (r) => r.sections.length },
  { name: 'characters', type: 'integer', description: '正文纯文本的字符数', value: (r) => [...r.text].length },
];
