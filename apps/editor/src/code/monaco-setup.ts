import { loader } from '@monaco-editor/react';
import { journeyJsonSchema, journeySchemaId } from '@tandem/dsl';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { catalogue } from '../catalogue/catalogue';

// Monaco from the local package, never a CDN: @monaco-editor/react is told to use this copy,
// and its web workers are bundled by Vite.
self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) =>
    label === 'json' ? new JsonWorker() : new EditorWorker(),
};
loader.config({ monaco });

/** The model URI the code view uses; the journey JSON Schema is bound to it. */
export const journeyModelUri = 'inmemory://tandem/journey.json';

monaco.json.jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [
    { uri: journeySchemaId, fileMatch: [journeyModelUri], schema: journeyJsonSchema(catalogue) },
  ],
});

export { monaco };
