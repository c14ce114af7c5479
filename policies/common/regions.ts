// Regions the product serves: Quzhou's city level, districts, counties and administrative
// zones, and Taizhou's Jiaojiang district. Codes are stable; labels are the official names.

export interface Region {
  code: string;
  name: string;
  city: 'quzhou' | 'taizhou';
  /** Part of 衢州市区 (the urban area whose new-home price the housing department publishes). */
  urban?: boolean;
}

export const REGIONS: Region[] = [
  { code: 'quzhou_city', name: '衢州市本级', city: 'quzhou', urban: true },
  { code: 'kecheng', name: '柯城区', city: 'quzhou', urban: true },
  { code: 'qujiang', name: '衢江区', city: 'quzhou', urban: true },
  { code: 'zhizao', name: '智造新城', city: 'quzhou', urban: true },
  { code: 'lvchan', name: '绿色产业集聚区', city: 'quzhou', urban: true },
  { code: 'longyou', name: '龙游县', city: 'quzhou' },
  { code: 'jiangshan', name: '江山市', city: 'quzhou' },
  { code: 'changshan', name: '常山县', city: 'quzhou' },
  { code: 'kaihua', name: '开化县', city: 'quzhou' },
  { code: 'jiaojiang', name: '椒江区', city: 'taizhou' },
];

export const QUZHOU_REGION_CODES = REGIONS.filter((r) => r.city === 'quzhou').map((r) => r.code);
export const regionName = (code: string): string => REGIONS.find((r) => r.code === code)?.name ?? code;
