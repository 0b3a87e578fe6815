/** What one import may read; stated on the options page. Apart from read-file.ts so the page does not bundle the readers. */
export const FILE_LIMITS = {
  /** Files chosen for one import, counted and weighed before any is read. */
  maxFiles: 10_000,
  maxSelectedBytes: 400 * 1024 * 1024,
  maxFileBytes: 40 * 1024 * 1024,
  maxArchiveEntries: 50_000,
  /** Bytes unpacked from all the archives of one import together, counted as they inflate. */
  maxUnpackedBytes: 400 * 1024 * 1024,
};

export type FileLimits = typeof FILE_LIMITS;

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
