import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The version of `name` that node_modules holds, from the package's own package.json, found by
 * walking up from its entry point: some packages' exports (chrono-node's) do not let one import it.
 */
export function installedVersion(name: string): string {
  for (let folder = dirname(require.resolve(name)); ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    try {
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (found === name && version) return version;
    } catch {
      // No package.json at this level: keep walking up.
    }
    if (dirname(folder) === folder) throw new Error(`no package.json names ${name} above ${require.resolve(name)}`);
  }
}

/** The version range package.json asks for `name`. */
export function requestedVersion(name: string): string | undefined {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<
    string,
    Record<string, string> | undefined
  >;
  return manifest.dependencies?.[name] ?? manifest.devDependencies?.[name];
}
