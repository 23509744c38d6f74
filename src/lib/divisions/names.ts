/**
 * Names of the division list as reports shorten or respell them: the short
 * forms of official names (新平县 for 新平彝族傣族自治县, 洪江区 for
 * 怀化市洪江管理区, 宁夏), spellings of a subdistrict office, and the other
 * township suffixes a renamed unit had. Used to index the gazetteer.
 */
/** The 55 recognised minority nationalities, longest first so 土家 wins over 土. */
const NATIONALITIES = [
  '柯尔克孜',
  '乌孜别克',
  '维吾尔',
  '哈萨克',
  '土家',
  '达斡尔',
  '塔吉克',
  '俄罗斯',
  '鄂温克',
  '塔塔尔',
  '鄂伦春',
  '蒙古',
  '布依',
  '朝鲜',
  '哈尼',
  '傈僳',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '仫佬',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '高山',
  '回',
  '藏',
  '苗',
  '彝',
  '壮',
  '满',
  '侗',
  '瑶',
  '白',
  '傣',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '怒',
  '京',
];
const AUTONOMOUS = new RegExp(`^(\\p{Script=Han}{2,}?)(?:(?:${NATIONALITIES.join('|')})族?)+自治(县|旗|州)$`, 'u');
const PROVINCE_SHORT = /^(\p{Script=Han}{2,3}?)(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市)$/u;

/**
 * Short forms a report may use for an official name, besides the name itself:
 * 新平彝族傣族自治县 → 新平县, 伊犁哈萨克自治州 → 伊犁州 (族 is sometimes left out), 宁夏回族自治区 → 宁夏,
 * 怀化市洪江管理区 (under 怀化市) → 洪江管理区, 洪江区.
 */
export function shortForms(name: string, codeLength: number, parentName: string | undefined): string[] {
  const forms: string[] = [];
  if (codeLength === 2) {
    const m = name.match(PROVINCE_SHORT);
    if (m) forms.push(m[1]!);
    return forms;
  }
  const autonomous = name.match(AUTONOMOUS);
  if (autonomous) forms.push(autonomous[1]! + autonomous[2]!);
  if (
    codeLength === 6 &&
    parentName !== undefined &&
    name.startsWith(parentName) &&
    name.length > parentName.length + 1
  )
    forms.push(name.slice(parentName.length));
  for (const form of [name, ...forms]) if (form.endsWith('管理区')) forms.push(`${form.slice(0, -3)}区`);
  return forms.filter((form) => form !== name && form.length >= 2);
}

/** Spellings of one name to try in the list: 某某街道办事处 → 某某街道. */
export function nameVariants(name: string): string[] {
  const variants = [name];
  const office = name.match(/^(\p{Script=Han}{2,}?)(?:街道)?办事处$/u);
  if (office) variants.push(`${office[1]}街道`);
  return variants;
}

/** Older or newer names after 撤乡设镇, 撤镇设街道 and similar renamings: 某乡 → 某镇, 某街道. */
export function renamings(name: string): string[] {
  const m = name.match(/^(\p{Script=Han}{1,}?)(乡|镇|街道)$/u);
  if (!m) return [];
  return ['乡', '镇', '街道'].filter((suffix) => suffix !== m[2]).map((suffix) => m[1]! + suffix);
}
