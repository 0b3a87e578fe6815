import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

/**
 * A shadow root at the end of the page's body holding one element for Preact to render into; its
 * removal unmounts the components. Shared by every in-page UI (the sidebar, the place card).
 */
export function createRenderRoot(
  ctx: ContentScriptContext,
  options: { name: string; css: string; isolateEvents?: (keyof DocumentEventMap)[] },
): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  return createShadowRootUi(ctx, {
    name: options.name,
    position: 'inline',
    anchor: document.body ?? document.documentElement,
    append: 'last',
    css: options.css,
    isolateEvents: options.isolateEvents,
    onMount: (container) => {
      const root = document.createElement('div');
      container.append(root);
      return root;
    },
    onRemove: (root) => {
      if (root) render(null, root);
    },
  });
}
