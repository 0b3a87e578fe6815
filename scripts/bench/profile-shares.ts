/**
 * A V8 CPU profile (node --cpu-prof, or the inspector's Profiler) as shares of the time: for each
 * function, the time spent in it and in what it called (inclusive), counted once a sample however
 * often the function recurs on its stack. "(idle)" is the thread waiting, here on PostgreSQL.
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  ms: number;
  share: number;
}

export function inclusiveShares(profile: CpuProfile, wallMs: number, top = 60): Share[] {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.replace(/^.*\/(utils|archive|node_modules|scripts)\//, '$1/');
    return file ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` : functionName;
  };
  const labels = new Map(profile.nodes.map((node) => [node.id, label(node.id)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((sample, at) => {
    const ms = (profile.timeDeltas[at + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) seen.add(labels.get(id)!);
    for (const name of seen) totals.set(name, (totals.get(name) ?? 0) + ms);
  });
  return [...totals]
    .map(([name, ms]) => ({ name, ms, share: ms / wallMs }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}
