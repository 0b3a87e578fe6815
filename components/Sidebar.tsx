import type { PageChange } from '@/utils/shared/sidebar-state';
import type { SidebarState } from '@/utils/shared/sidebar-state';
import { ArticleSummary } from './ArticleSummary';
import { ConsistencySection } from './ConsistencySection';
import { PlacesSection } from './PlacesSection';
import { RelatedCoverage } from './RelatedCoverage';

interface SidebarProps {
  state: SidebarState;
  onClose: () => void;
  onSelectPlace: (placeId: string) => void;
  onShowSentence: (sentence: string) => void;
  /** Set when the page changed since Sidenote read it. */
  pageChange: PageChange | null;
  onRerun: () => void;
  /** After a shared archive failed: annotate against the local corpus instead. */
  onUseLocal: () => void;
}

const CHANGES: Record<PageChange, string> = {
  navigated: 'This page has moved to another address since Sidenote read it.',
  content: 'This page’s content changed since Sidenote read it.',
};

export function Sidebar({
  state,
  onClose,
  onSelectPlace,
  onShowSentence,
  pageChange,
  onRerun,
  onUseLocal,
}: SidebarProps) {
  return (
    <aside class="panel" data-sidenote-panel tabIndex={-1} aria-label="Sidenote">
      <header class="panel-header">
        <h1>Sidenote</h1>
        <button type="button" class="close" data-testid="close" aria-label="Close Sidenote" onClick={onClose}>
          ×
        </button>
      </header>
      {pageChange && (
        <div class="notice page-changed" role="status" data-testid="page-changed" data-change={pageChange}>
          {CHANGES[pageChange]}{' '}
          <button type="button" onClick={onRerun} data-testid="rerun">
            Read it again
          </button>
        </div>
      )}
      <div class="panel-body" aria-live="polite" data-testid="status" data-status={state.status}>
        <SidebarBody
          state={state}
          onSelectPlace={onSelectPlace}
          onShowSentence={onShowSentence}
          onUseLocal={onUseLocal}
        />
      </div>
    </aside>
  );
}

function SidebarBody({
  state,
  onSelectPlace,
  onShowSentence,
  onUseLocal,
}: Pick<SidebarProps, 'state' | 'onSelectPlace' | 'onShowSentence' | 'onUseLocal'>) {
  switch (state.status) {
    case 'loading':
      return <p class="empty">Reading the article…</p>;
    case 'no-article':
      return (
        <div class="message" data-testid="no-article">
          <h2>No article here</h2>
          <p>{state.reason}</p>
          <p>Sidenote works on a single news article. Open one and click the toolbar icon again.</p>
        </div>
      );
    case 'error':
      return (
        <div class="message" role="alert" data-testid="error">
          <h2>Sidenote could not annotate this page</h2>
          <p>{state.message}</p>
          {state.archive !== undefined && (
            <p>
              <button type="button" onClick={onUseLocal} data-testid="use-local">
                Use the corpus in this browser instead
              </button>
            </p>
          )}
        </div>
      );
    case 'ready':
      return (
        <>
          <ArticleSummary article={state.annotation.article} truncated={state.truncated} />
          <RelatedCoverage annotation={state.annotation} archive={state.archive} />
          <ConsistencySection figures={state.figures} onShowSentence={onShowSentence} />
          <PlacesSection
            places={state.annotation.placeDetails}
            map={state.placesMap}
            focusedPlaceId={state.focusedPlaceId}
            highlighted={state.highlighted}
            onSelect={onSelectPlace}
          />
        </>
      );
  }
}
