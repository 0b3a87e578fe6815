import { OptionsController } from '@/utils/options/controller';
import { SitesController } from '@/utils/options/sites-controller';
import { ArchiveController } from '@/utils/options/archive-controller';
import '@/components/options-page/options.css';

const root = document.getElementById('app');
if (root) void new OptionsController(root).start();
const sites = document.getElementById('automatic');
if (sites) void new SitesController(sites).start();
const archive = document.getElementById('archive');
if (archive) void new ArchiveController(archive).start();
