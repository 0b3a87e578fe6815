import { waitForPage } from '@/utils/frames/page-port';
import { SidebarView } from '@/utils/frames/sidebar-view';
import '@/components/shared.css';
import '@/components/sidebar.css';

// The sidebar, in its own frame: an extension page the annotated page's script cannot read or drive.
// When this frame's navigation started, its document was parsed and its script first ran, for
// `npm run bench:e2e` to tell the frame's own loading, step by step, from the rest of the wait.
const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
document.documentElement.dataset.navigationStartedAt = String(performance.timeOrigin);
if (navigation) document.documentElement.dataset.parsedAt = String(performance.timeOrigin + navigation.domInteractive);
document.documentElement.dataset.scriptStartedAt = String(performance.timeOrigin + performance.now());
const root = document.getElementById('sidebar');
if (root) void waitForPage('sidebar').then((port) => new SidebarView(root, port));
