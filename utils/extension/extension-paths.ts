/**
 * Where the build puts the extension's data files (see wxt.config.ts). Apart from extension-files.ts,
 * which reads them through the extension API, so that the import worker (no extension API) can name them too.
 */
export const BUNDLED_INDEX_PATH = '/corpus/bundled.sidx';
export const BUNDLED_TEXTS_PATH = '/corpus/bundled-texts.json';
export const BUNDLED_STATS_PATH = '/corpus/bundled-stats.json';
export const GAZETTEER_PATH = '/places/gazetteer.bin';
export const OUTLINES_PATH = '/places/countries-50m.json';
