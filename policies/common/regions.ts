// Regions the product serves: Quzhou's city level, districts, counties and administrative
// zones, and Taizhou's districts and county-level cities (椒江, 温岭, 玉环, 天台). Codes are stable;
// labels are the official names; `adminCode` is the GB/T 2260 administrative division code (the first
// six digits of a resident ID number issued there) — the two functional zones have none.

export interface Region {
  code: string;
  name: string;
  city: 'quzhou' | 'taizhou';
  /** Part of 衢州市区 (the urban area whose new-home price the housing department publishes). */
  urban?: boolean;
  /** GB/T 2260 code of the administrative division; absent for functional zones (智造新城, 绿色产业集聚区). */
  adminCode?: string;
}

export const REGIONS: Region[] = [
  { code: 'quzhou_city', name: '衢州市本级', city: 'quzhou', urban: true, adminCode: '330800' },
  { code: 'kecheng', name: '柯城区', city: 'quzhou', urban: true, adminCode: '330802' },
  { code: 'qujiang', name: '衢江区', city: 'quzhou', urban: true, adminCode: '330803' },
  { code: 'zhizao', name: '智造新城', city: 'quzhou', urban: true },
  { code: 'lvchan', name: '绿色产业集聚区', city: 'quzhou', urban: true },
  { code: 'longyou', name: '龙游县', city: 'quzhou', adminCode: '330825' },
  { code: 'jiangshan', name: '江山市', city: 'quzhou', adminCode: '330881' },
  { code: 'changshan', name: '常山县', city: 'quzhou', adminCode: '330822' },
  { code: 'kaihua', name: '开化县', city: 'quzhou', adminCode: '330824' },
  { code: 'jiaojiang', name: '椒江区', city: 'taizhou', adminCode: '331002' },
  { code: 'wenling', name: '温岭市', city: 'taizhou', adminCode: '331081' },
  { code: 'yuhuan', name: '玉环市', city: 'taizhou', adminCode: '331083' },
  { code: 'tiantai', name: '天台县', city: 'taizhou', adminCode: '331023' },
];

export const QUZHOU_REGION_CODES = REGIONS.filter((r) => r.city === 'quzhou').map((r) => r.code);
export const regionName = (code: string): string => REGIONS.find((r) => r.code === code)?.name ?? code;

/**
 * The region an administrative division code belongs to (an ID number's first six digits, or a longer
 * township/village code): the county-level division it starts with; a code of the city (3308xx) that
 * names no listed county — 衢州市辖区 330801, an older ID — counts as 衢州市本级; undefined outside the list.
 */
export function regionOfAdminCode(code: string): Region | undefined {
  const county = REGIONS.find((r) => r.adminCode && !r.adminCode.endsWith('00') && code.startsWith(r.adminCode));
  if (county) return county;
  return REGIONS.find((r) => r.adminCode?.endsWith('00') && code.startsWith(r.adminCode.slice(0, 4)));
}
