/** Names and wording shared by every page. */

export const SITE_NAME = '法治政府建设情况报告档案';

export const SITE_DESCRIPTION =
  '地方人民政府及乡镇、街道法治政府建设年度情况报告的静态档案：按原样保存来源文件，逐节可引用，可按年份、地区、省份浏览并对照阅读。';

/** Sections of the site in the header navigation, with the route they live at. */
export const NAV_ITEMS = [
  { label: '首页', path: '' },
  { label: '按年份', path: 'years/' },
  { label: '按地区', path: 'places/' },
  { label: '按省份', path: 'provinces/' },
  { label: '对照阅读', path: 'compare/' },
  { label: '搜索', path: 'search/' },
] as const;
