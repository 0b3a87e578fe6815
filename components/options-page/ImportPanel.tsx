import { useState } from 'preact/hooks';
import { ARTICLE_FIELDS, type FieldMapping } from '@/utils/core/import/fields';
import { IMPORT_LIMITS, type Rejection } from '@/utils/core/import/validate-records';
import { FILE_LIMITS } from '@/utils/shared/import-limits';
import type { ImportState, ProgressView } from '@/utils/options/state';
import type { OptionsPageProps } from '@/utils/options/state';

const PHASES: Record<ProgressView['phase'], string> = {
  reading: 'Reading files',
  indexing: 'Indexing articles and their places',
  storing: 'Storing',
};
const MB = 1024 * 1024;

export function ImportPanel({
  importing,
  controller,
}: {
  importing: ImportState;
  controller: OptionsPageProps['controller'];
}) {
  const [name, setName] = useState('');
  const [dragging, setDragging] = useState(false);
  const running = importing.status === 'running';
  const start = (files: FileList | null | undefined) => {
    if (files && files.length > 0 && !running) controller.startImport([...files], name);
  };
  return (
    <section class="import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a corpus</h2>
      <label class="field">
        Name{' '}
        <input
          type="text"
          value={name}
          placeholder="named after the first file"
          onInput={(event) => setName(event.currentTarget.value)}
          data-testid="import-name"
        />
      </label>
      <div
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          start(event.dataTransfer?.files);
        }}
      >
        <p>Drop files here, or</p>
        <label class="button">
          Choose files…
          <input
            type="file"
            multiple
            accept=".json,.jsonl,.ndjson,.csv,.tsv,.txt,.md,.html,.htm,.zip"
            disabled={running}
            data-testid="import-files"
            onChange={(event) => {
              start(event.currentTarget.files);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <details class="limits">
        <summary>Formats and limits</summary>
        <p>
          JSON (an array of articles, or an object with an <code>articles</code> array), JSON Lines, CSV with a header
          row, .txt and .md (one article a file), .html (one article a file, read as Sidenote reads pages) and .zip
          archives of these. Fields are matched by name (text, body or content; title or headline; date or published;
          source; url; author or byline; id); when no field holds the text you choose it before importing.
        </p>
        <ul>
          <li>
            Up to {FILE_LIMITS.maxFiles.toLocaleString('en')} files and {FILE_LIMITS.maxSelectedBytes / MB} MB at a
            time, each file up to {FILE_LIMITS.maxFileBytes / MB} MB.
          </li>
          <li>
            A .zip archive holds up to {FILE_LIMITS.maxArchiveEntries.toLocaleString('en')} entries, and one import
            unpacks up to {FILE_LIMITS.maxUnpackedBytes / MB} MB from its archives. An archive whose entries overlap, or
            whose entries differ from their headers (in size or CRC-32), is refused whole.
          </li>
          <li>
            An article's text between {IMPORT_LIMITS.minTextCharacters} and{' '}
            {IMPORT_LIMITS.maxTextCharacters.toLocaleString('en')} characters; dates that can be read as dates; up to{' '}
            {IMPORT_LIMITS.maxArticles.toLocaleString('en')} articles.
          </li>
          <li>
            Duplicates (the same id, or the same text) are left out. Every article left out is listed with its file,
            line or record and why.
          </li>
        </ul>
      </details>
      <ImportStatus importing={importing} controller={controller} />
    </section>
  );
}

function ImportStatus({
  importing,
  controller,
}: {
  importing: ImportState;
  controller: OptionsPageProps['controller'];
}) {
  switch (importing.status) {
    case 'idle':
      return null;
    case 'running': {
      const progress = importing.progress;
      return (
        <div class="import-status" data-testid="import-status" data-status="running">
          <p>Importing {importing.files.length ? importing.files.join(', ') : importing.name}…</p>
          {progress && (
            <>
              <progress
                max={progress.total || 1}
                value={progress.done}
                data-testid="progress"
                data-phase={progress.phase}
                aria-label={PHASES[progress.phase]}
              />
              <p class="progress-line" data-testid="progress-line">
                {PHASES[progress.phase]}: {progress.done.toLocaleString('en')} of {progress.total.toLocaleString('en')}
                {progress.rate !== null && ` · ${Math.round(progress.rate).toLocaleString('en')} a second`}
                {progress.secondsLeft !== null && ` · about ${Math.ceil(progress.secondsLeft)} s left`}
              </p>
            </>
          )}
          <button type="button" onClick={() => controller.cancel()} data-testid="cancel">
            Cancel
          </button>
          <p class="hint">The corpus in use stays in use until the new one is fully stored.</p>
        </div>
      );
    }
    case 'needs-mapping':
      return <MappingForm importing={importing} controller={controller} />;
    case 'done':
      return (
        <div class="import-status" data-testid="import-status" data-status="done">
          <p>
            Imported <strong>{importing.corpus.stats.articles.toLocaleString('en')}</strong> articles as “
            {importing.corpus.name}”, now in use: open pages use it at their next click.{' '}
            {importing.previousId && (
              <button type="button" onClick={() => controller.use(importing.previousId!)} data-testid="use-previous">
                Go back to the previous corpus
              </button>
            )}
          </p>
          <Rejections rejections={importing.rejections} />
        </div>
      );
    case 'nothing':
      return (
        <div class="import-status" role="alert" data-testid="import-status" data-status="nothing">
          <p>Nothing was imported: no file held an article Sidenote could take. The corpus in use is unchanged.</p>
          <Rejections rejections={importing.rejections} />
        </div>
      );
    case 'failed':
      return (
        <div class="import-status" role="alert" data-testid="import-status" data-status="failed">
          <p>The import failed: {importing.message}.</p>
          <Rejections rejections={importing.rejections} />
        </div>
      );
    case 'cancelled':
      return (
        <p class="import-status" data-testid="import-status" data-status="cancelled">
          Import cancelled. Nothing was stored; the corpus in use is unchanged.
        </p>
      );
  }
}

function MappingForm({
  importing,
  controller,
}: {
  importing: Extract<ImportState, { status: 'needs-mapping' }>;
  controller: OptionsPageProps['controller'];
}) {
  const [mappings, setMappings] = useState<Record<string, FieldMapping>>(importing.mappings);
  const choose = (file: string, field: keyof FieldMapping, column: string) =>
    setMappings({ ...mappings, [file]: { ...mappings[file], [field]: column || undefined } });
  return (
    <form
      class="import-status mapping"
      data-testid="mapping"
      onSubmit={(event) => {
        event.preventDefault();
        controller.submitMappings(mappings);
      }}
    >
      <p>
        No field of these files is called text, body or content. Choose which field holds each article's text (and the
        others you want):
      </p>
      {importing.files.map((file) => (
        <fieldset key={file.file}>
          <legend>{file.file}</legend>
          {ARTICLE_FIELDS.map((field) => (
            <label key={field} class="field">
              {field}
              <select
                value={mappings[file.file]?.[field] ?? ''}
                onChange={(event) => choose(file.file, field, event.currentTarget.value)}
                data-testid={`map-${field}`}
              >
                <option value="">{field === 'text' ? 'choose…' : 'none'}</option>
                {file.fields.map((column) => (
                  <option key={column} value={column}>
                    {column}
                    {file.sample[column] ? ` (e.g. ${file.sample[column].slice(0, 40)})` : ''}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ))}
      <button
        type="submit"
        disabled={importing.files.some((file) => !mappings[file.file]?.text)}
        data-testid="import-mapped"
      >
        Import with these fields
      </button>
      <Rejections rejections={importing.rejections} />
    </form>
  );
}

const SHOWN_REJECTIONS = 200;

function Rejections({ rejections }: { rejections: Rejection[] }) {
  if (rejections.length === 0) return null;
  return (
    <details class="rejections" open={rejections.length <= 20} data-testid="rejections">
      <summary>
        {rejections.length.toLocaleString('en')} {rejections.length === 1 ? 'item' : 'items'} left out
      </summary>
      <table>
        <thead>
          <tr>
            <th>File</th>
            <th>Where</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {rejections.slice(0, SHOWN_REJECTIONS).map((rejection, index) => (
            <tr key={index} data-testid="rejection">
              <td>{rejection.file}</td>
              <td>{rejection.where}</td>
              <td>{rejection.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rejections.length > SHOWN_REJECTIONS && (
        <p>…and {(rejections.length - SHOWN_REJECTIONS).toLocaleString('en')} more.</p>
      )}
    </details>
  );
}
