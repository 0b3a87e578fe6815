import type { OptionsPageProps } from '@/utils/options/state';
import { ImportPanel } from './ImportPanel';
import { Library } from './Library';
import { Notice } from './Notice';

export function OptionsPage({ state, controller }: OptionsPageProps) {
  return (
    <div class="options">
      <header>
        <h1>Sidenote settings</h1>
        <p>
          Sidenote compares the articles you read with a reference corpus. Import your own articles here, keep several
          corpora, and choose the one in use; below them, list the sites whose articles open annotated. Everything stays
          in this browser.
        </p>
      </header>
      <Notice notice={state.notice} testId="notice" />
      <ImportPanel importing={state.importing} controller={controller} />
      <Library state={state} controller={controller} />
    </div>
  );
}
