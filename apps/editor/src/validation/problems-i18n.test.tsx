import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { JourneyNode } from '../canvas/JourneyNode';
import { useDocument } from '../document/document-store';
import type { JourneyFlowNode } from '../document/journey-document';
import { selectOnly } from '../document/node-actions';
import { ProblemsPanel } from '../editor/ProblemsPanel';
import { I18nContext, i18nFor } from '../i18n/use-i18n';
import type { AppLocale } from '../i18n/locales';
import { Inspector } from '../inspector/Inspector';
import { SimulatePanel } from '../simulate/SimulatePanel';
import { openDocument, smallJourney, smallJourneyWithoutVi } from '../test-fixtures';
import { validateNow } from './use-validation';

const inLocale = (locale: AppLocale, ui: ReactNode) =>
  render(<I18nContext.Provider value={i18nFor(locale)}>{ui}</I18nContext.Provider>);

/** The small journey with its reminder's Vietnamese text missing and its first step misnamed. */
function brokenJourney() {
  openDocument(smallJourneyWithoutVi());
  act(() => validateNow());
}

/** An A/B split named "Thử tin nhắn" whose two variants share the name "a". */
const twinVariantSplit = () => ({
  id: 'pick',
  type: 'split',
  label: 'Thử tin nhắn',
  config: {
    variants: [
      { name: 'a', weight: 50 },
      { name: 'a', weight: 50 },
    ],
  },
  next: { a: 'bye' },
});

describe('problems in the chosen language', () => {
  beforeEach(brokenJourney);

  it('lists the problems in Chinese, naming the step by its name on the canvas and the field as the inspector does', () => {
    inLocale('zh', <ProblemsPanel onFocusNode={() => {}} />);
    const list = screen.getByTestId('problem-list');
    expect(list).toHaveTextContent(
      'Nhắc lần 1，消息：缺少 “vi” 文本。请用旅程的每种语言填写（en, vi）。',
    );
    expect(list).not.toHaveTextContent(/write it in every language/);
  });

  it('shows a field’s problem on the field in Vietnamese', async () => {
    act(() => selectOnly(['hello']));
    inLocale('vi', <Inspector />);
    await userEvent.click(screen.getByRole('tab', { name: /vi/ }));
    expect(screen.getByText(/chưa có văn bản “vi”/)).toBeInTheDocument();
    expect(screen.queryByText(/has no "vi" text/)).toBeNull();
  });

  it('says in Spanish why a simulation cannot run, with each problem', async () => {
    inLocale('es', <SimulatePanel onFocusNode={() => {}} onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ejecutar la simulación' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Corrija 1 problema antes de simular.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'no hay texto en “vi”. Escríbalo en todos los idiomas del recorrido (en, vi).',
    );
  });
});

describe('a step’s own settings problems in the chosen language', () => {
  /** The small journey with an A/B split whose two variants share a name, and a wait of "3". */
  function journeyWithConfigProblems() {
    const doc = smallJourney();
    const nodes = doc.nodes as Array<Record<string, unknown>>;
    nodes[0] = { ...nodes[0], config: { for: 3 } };
    nodes.push(twinVariantSplit());
    openDocument(doc);
    act(() => validateNow());
  }

  it.each([
    [
      'zh',
      'Thử tin nhắn，版本 2 › 名称：版本“a”出现了两次：请给每个版本起不同的名字。',
      '等待（wait），时长：应为文本。',
    ],
    [
      'vi',
      'Thử tin nhắn, Phương án 2 › Tên: phương án “a” có hai lần: hãy đặt cho mỗi phương án một tên riêng.',
      'Chờ (wait), Thời gian chờ: cần văn bản.',
    ],
    [
      'es',
      'Thử tin nhắn, Variantes 2 › Nombre: la variante “a” aparece dos veces: dé a cada una su propio nombre.',
      'Esperar (wait), Durante: se esperaba un texto.',
    ],
  ] as const)('in %s: which step, which field, what is wrong', (locale, own, schema) => {
    journeyWithConfigProblems();
    inLocale(locale, <ProblemsPanel onFocusNode={() => {}} />);
    const list = screen.getByTestId('problem-list');
    expect(list).toHaveTextContent(own);
    expect(list).toHaveTextContent(schema);
    expect(list).not.toHaveTextContent(/listed twice|expected string/);
  });
});

describe('a card’s problem badge in the chosen language', () => {
  it('words a step’s own check on the canvas card’s hint, as the problems list does', () => {
    const doc = smallJourney();
    (doc.nodes as Array<Record<string, unknown>>).push(twinVariantSplit());
    openDocument(doc);
    act(() => validateNow());
    const node = useDocument.getState().nodes.find((n) => n.id === 'pick');
    if (!node) throw new Error('the split is not in the document');
    const props = { id: node.id, data: node.data, selected: false } as NodeProps<JourneyFlowNode>;
    inLocale(
      'vi',
      <ReactFlowProvider>
        <JourneyNode {...props} />
      </ReactFlowProvider>,
    );
    const badge = document.querySelector('.badge-error');
    expect(badge?.getAttribute('title')).toContain(
      'Thử tin nhắn, Phương án 2 › Tên: phương án “a” có hai lần',
    );
    expect(badge?.getAttribute('title')).not.toMatch(/listed twice/);
  });
});

describe('simulation reasons in the chosen language', () => {
  it('words the timeline’s reasons in Chinese', async () => {
    openDocument(smallJourney());
    inLocale('zh', <SimulatePanel onFocusNode={() => {}} onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '运行模拟' }));
    const timeline = await screen.findByRole('list', { name: '时间线' });
    expect(timeline).toHaveTextContent(/直到 /);
    expect(timeline).not.toHaveTextContent(/until \d{4}-/);
  });
});
