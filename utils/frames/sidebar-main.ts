import { waitForPage } from '@/utils/frames/page-port';
import { SidebarView } from '@/utils/frames/sidebar-view';
import '@/components/shared.css';
import '@/components/sidebar.css';

// The sidebar, in its own frame: an extension page the annotated page's script cannot read or drive.
const root = document.getElementById('sidebar');
if (root) void waitForPage('sidebar').then((port) => new SidebarView(root, port));
