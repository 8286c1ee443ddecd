import Editor from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { sameContent, useDocument } from '../document/document-store';
import { applyCode, documentText, type CodeFailure } from './code-sync';
import { journeyModelUri } from './monaco-setup';
import { useI18n } from '../i18n/use-i18n';

const applyDelayMs = 400;

/**
 * The journey as JSON in Monaco, with the journey/v1 JSON Schema for checking and completion.
 * Edits here reach the canvas once the text parses; text that does not parse stays in the
 * editor with the reason shown, and the canvas keeps its last good state. Changes made
 * elsewhere (the inspector, undo) show up here while the editor is not being typed in.
 */
export default function CodeView() {
  const [text, setText] = useState(() => documentText(useDocument.getState()));
  const { t } = useI18n();
  const [error, setError] = useState<CodeFailure | null>(null);
  const typing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let last = useDocument.getState();
    const unsubscribe = useDocument.subscribe((state) => {
      if (sameContent(last, state)) return;
      last = state;
      if (!typing.current) {
        setText(documentText(state));
        setError(null);
      }
    });
    return () => {
      unsubscribe();
      clearTimeout(timer.current);
    };
  }, []);

  const onChange = (value: string | undefined) => {
    const next = value ?? '';
    setText(next);
    typing.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const result = applyCode(next);
      setError(result.ok ? null : result);
      typing.current = false;
    }, applyDelayMs);
  };

  return (
    <section className="code-view" aria-label={t('code.label')}>
      {error ? (
        <p className="code-banner code-banner-error" role="status" data-testid="code-error">
          {t('code.error', { kind: error.kind, detail: error.detail })}
        </p>
      ) : (
        <p className="code-banner" role="status">
          {t('code.banner')}
        </p>
      )}
      <div className="code-editor">
        <Editor
          language="json"
          path={journeyModelUri}
          value={text}
          onChange={onChange}
          options={{
            minimap: { enabled: false },
            fontSize: 13,
            tabSize: 2,
            scrollBeyondLastLine: false,
            automaticLayout: true,
            ariaLabel: t('code.label'),
          }}
        />
      </div>
    </section>
  );
}
