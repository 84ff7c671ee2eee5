import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { catalogSamples } from '../../app/catalog-samples.ts';
import { problemSelection } from '../../app/problem-selection.ts';
import { lineColumnOf } from '../../app/text-position.ts';
import type { CatalogProblem } from '../../domain/catalog-error.ts';
import { ProblemList } from './problem-list.tsx';
import { useCatalogCheck } from './use-catalog-check.ts';
import { WorkbenchPreview } from './workbench-preview.tsx';
import './workbench.css';
import { translate, useLang, useT } from '../i18n/i18n.ts';

/** The name problems carry when the text was not opened from a file. */
export const PASTED_FILE_NAME = 'pasted.json';

type Source = { readonly kind: 'sample'; readonly path: string } | { readonly kind: 'file'; readonly name: string };

export interface WorkbenchProps {
  /** Catalog files (path → JSON text) offered under "Start from". */
  readonly sampleFiles: Readonly<Record<string, string>>;
  readonly now: () => Date;
}

/**
 * For merchandisers: edit a catalog's JSON, see its problems as they type and try it in the
 * shoppers' configurator, without deploying. Everything stays in the browser.
 */
export function Workbench({ sampleFiles, now }: WorkbenchProps) {
  const lang = useLang();
  const samples = useMemo(() => catalogSamples(sampleFiles, lang), [sampleFiles, lang]);
  const [source, setSource] = useState<Source>(() => ({ kind: 'sample', path: samples[0]?.path ?? '' }));
  const [original, setOriginal] = useState(() => samples[0]?.text ?? '');
  const [text, setText] = useState(original);
  const [caret, setCaret] = useState(0);
  const [readError, setReadError] = useState<string | null>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);

  const fileName = source.kind === 'file' ? source.name : PASTED_FILE_NAME;
  const { check, lastValid, pending } = useCatalogCheck(text, fileName);
  const edited = text !== original;
  const t = useT();

  useEffect(() => {
    const previous = document.title;
    document.title = t('wb.documentTitle');
    return () => {
      document.title = previous;
    };
  }, [t]);

  function load(nextText: string, nextSource: Source) {
    setSource(nextSource);
    setOriginal(nextText);
    setText(nextText);
    setCaret(0);
    setReadError(null);
    const editor = editorRef.current;
    if (editor) editor.scrollTop = editor.scrollLeft = 0;
  }

  function chooseSample(event: ChangeEvent<HTMLSelectElement>) {
    const sample = samples.find((s) => s.path === event.target.value);
    if (!sample) return;
    if (edited && !window.confirm(t('wb.replaceConfirm'))) return;
    load(sample.text, { kind: 'sample', path: sample.path });
  }

  function openFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again reloads it
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => load(String(reader.result ?? ''), { kind: 'file', name: file.name });
    reader.onerror = () => setReadError(t('wb.readError', { file: file.name, message: reader.error?.message ?? t('wb.unknownError') }));
    reader.readAsText(file);
  }

  function saveCopy() {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = source.kind === 'file' ? source.name : `${lastValid?.catalog.id ?? 'catalog'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  const showProblem = useCallback((problem: CatalogProblem) => {
    const editor = editorRef.current;
    if (!editor) return;
    const { start, end } = problemSelection(editor.value, problem);
    editor.focus();
    editor.setSelectionRange(start, end);
    scrollToOffset(editor, start);
    setCaret(start);
  }, []);

  const position = lineColumnOf(text, caret);
  const sampleValue = source.kind === 'sample' ? source.path : '';

  return (
    <main id="main" className="workbench" tabIndex={-1}>
      <div className="workbench__intro">
        <h1 className="workbench__title">{t('wb.title')}</h1>
        <p className="workbench__lede">{t('wb.lede')}</p>
      </div>
      <div className="workbench__layout">
        <section className="wb-panel wb-editor" aria-labelledby="wb-editor-title">
          <div className="wb-panel__head">
            <h2 id="wb-editor-title" className="wb-panel__title">
              {t('wb.catalog')}
            </h2>
            <div className="wb-toolbar">
              <label className="wb-toolbar__field">
                <span>{t('wb.startFrom')}</span>
                <select className="wb-select" value={sampleValue} onChange={chooseSample}>
                  {source.kind === 'file' && (
                    <option value="" disabled>
                      {source.name}
                    </option>
                  )}
                  {samples.map((sample) => (
                    <option key={sample.path} value={sample.path}>
                      {sample.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="button button--small wb-file">
                <input type="file" accept="application/json,.json" className="visually-hidden" onChange={openFile} />
                {t('wb.openFile')}
              </label>
              <button type="button" className="button button--small" onClick={saveCopy}>
                {t('wb.saveCopy')}
              </button>
            </div>
          </div>
          {readError && (
            <p className="wb-editor__read-error" role="alert">
              {readError}
            </p>
          )}
          <div className="wb-editor__field">
            <div className="wb-editor__label-row">
              <label htmlFor="wb-json" className="wb-editor__label">
                {t('wb.json')}
              </label>
              <span className="wb-editor__file" data-testid="file-name">
                {fileName}
                {edited && <span className="wb-editor__edited">{t('wb.edited')}</span>}
              </span>
            </div>
            <textarea
              id="wb-json"
              ref={editorRef}
              className="wb-editor__text"
              value={text}
              onChange={(event) => setText(event.target.value)}
              onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              autoCorrect="off"
              wrap="off"
            />
            <p className="wb-editor__status">
              <span>{t('wb.position', { line: position.line, column: position.column })}</span>
              <span>{formatSize(text)}</span>
              <span>{t('wb.checkedIn', { ms: check.milliseconds < 1 ? '<1' : Math.round(check.milliseconds) })}</span>
            </p>
          </div>
          <ProblemList problems={check.problems} pending={pending} onSelect={showProblem} />
        </section>
        <section className="wb-panel wb-preview-panel" aria-labelledby="wb-preview-title">
          <div className="wb-panel__head">
            <h2 id="wb-preview-title" className="wb-panel__title">
              {t('wb.preview')}
            </h2>
            {lastValid && <span className="wb-panel__meta">{t('wb.version', { product: lastValid.catalog.name, version: lastValid.catalog.version })}</span>}
          </div>
          {/* Scrolls on wide screens: focusable, so keyboard users can scroll it even while the preview is inert. */}
          <div className="wb-preview-panel__body" tabIndex={0} role="group" aria-labelledby="wb-preview-title">
            <WorkbenchPreview valid={lastValid} stale={!check.ok} now={now} />
          </div>
        </section>
      </div>
    </main>
  );
}

const utf8 = new TextEncoder();

function formatSize(text: string): string {
  const bytes = utf8.encode(text).length;
  return bytes < 1000 ? translate('wb.bytes', { count: bytes }) : translate('wb.kilobytes', { size: Math.round(bytes / 100) / 10 });
}

/** Scrolls a textarea (no wrapping) so the line holding `offset` sits in its upper third. */
function scrollToOffset(editor: HTMLTextAreaElement, offset: number) {
  const { line, column } = lineColumnOf(editor.value, offset);
  const style = getComputedStyle(editor);
  const lineHeight = parseFloat(style.lineHeight) || 20;
  const charWidth = (parseFloat(style.fontSize) || 14) * 0.6;
  editor.scrollTop = Math.max(0, (line - 1) * lineHeight - editor.clientHeight / 3);
  const x = (column - 1) * charWidth;
  editor.scrollLeft = x < editor.clientWidth * 0.7 ? 0 : x - editor.clientWidth / 3;
}
