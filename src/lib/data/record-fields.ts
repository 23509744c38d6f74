/**
 * What each top-level field of a bulk-data record holds, in Chinese for the
 * /data/ page. A unit test checks that these are exactly the properties of
 * the generated JSON Schema, so the page cannot fall behind the schema.
 */
export const RECORD_FIELDS: Readonly<Record<string, string>> = {
  title: '标题（简体中文）；原文无标题时为“<地方><年度>年法治政府建设情况报告”',
  slug: '报告标识（小写 ASCII），页面地址为 reports/<slug>/',
  place: '报告所涉地方，如 老厂乡',
  level: '地方层级：乡、镇、街道、区、县或市',
  county: '所属县级单位（已知时）',
  city: '所属地级单位（已知时）',
  province: '所属省级单位',
  divisionCode: '统计用区划代码（国家统计局，2023-06-30）：乡级单位 9 位，县级单位 6 位',
  division: '区划代码表中的正式名称：province、city（如有）、county、township（乡级单位时）',
  year: '报告所述年度（不是发布年份）',
  published: '成文或发布日期 YYYY-MM-DD（已知时）',
  issuer: '发布机关（已知时）',
  addressee: '报送对象（已知时）',
  signature: '文末署名，照原文',
  dateLine: '文末日期，照原文，如 2023年11月29日',
  indexNumber: '原网页的索引号（已知时）',
  source: '原始文件：path（仓库内路径）、sha256、bytes、originalName（收集时文件名）、url（政府网站原文网址）',
  provenance: '整理记录：编码、删去的网页杂项、删去的拼音注音、繁简转换、标点与空格、拆分的行、重新编号的标题',
  path: '本站报告页面的路径（相对于网站根），如 reports/laochangxiang-2023/',
  text: '全文纯文本（标题与段落，每块一行）',
  sections: '各级标题及其下的文字：id（页面锚点，如 s1-2）、level（1–3）、title、part（所属部分）、text',
};
