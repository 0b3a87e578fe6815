import { OptionsController } from '@/utils/options/controller';
import '@/components/options/options.css';

const root = document.getElementById('app');
if (root) void new OptionsController(root).start();
