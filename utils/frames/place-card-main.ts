import { waitForPage } from '@/utils/frames/page-port';
import { PlaceCardView } from '@/utils/frames/place-card-view';
import '@/components/shared.css';
import '@/components/place-card.css';

// The hover card, in its own frame: an extension page the annotated page's script cannot read or drive.
const root = document.getElementById('card');
if (root) void waitForPage('place-card').then((port) => new PlaceCardView(root, port));
