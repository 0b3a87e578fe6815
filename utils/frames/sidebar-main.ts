import { waitForPage } from '@/utils/frames/page-port';
import { SidebarView } from '@/utils/frames/sidebar-view';
import '@/components/shared.css';
import '@/components/sidebar.css';

// The sidebar, in its own frame: an extension page the annotated page's script cannot read or drive.
// When this frame's script first ran, for `npm run bench:e2e` to tell the frame's own loading from the rest of the wait.
document.documentElement.dataset.scriptStartedAt = String(performance.timeOrigin + performance.now());
const root = document.getElementById('sidebar');
if (root) void waitForPage('sidebar').then((port) => new SidebarView(root, port));
