// placeholder
export const SIM_COUNTIES = ['quzhou_city', 'kecheng', 'qujiang', 'zhizao', 'lvchan', 'longyou', 'jiangshan', 'changshan', 'kaihua', 'jiaojiang'];
