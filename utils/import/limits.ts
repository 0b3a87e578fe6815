/** What one import may read; stated on the options page. Apart from read-file.ts so the page does not bundle the readers. */
export const FILE_LIMITS = {
  maxFileBytes: 40 * 1024 * 1024,
  maxArchiveEntries: 50_000,
  maxArchiveBytes: 400 * 1024 * 1024,
};
