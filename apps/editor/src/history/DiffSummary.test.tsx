import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nContext, i18nFor } from '../i18n/use-i18n';
import { openDocument, smallJourney } from '../test-fixtures';
import { DiffSummary } from './HistoryPanel';

describe('a version compared, in the manager’s words', () => {
  it('names steps, types, fields and exits as the canvas does, in Vietnamese', () => {
    const doc = smallJourney();
    const nodes = doc.nodes as Array<Record<string, unknown>>;
    nodes[1] = { ...nodes[1], label: 'Nhắc lần 1' };
    openDocument(doc);
    render(
      <I18nContext.Provider value={i18nFor('vi')}>
        <DiffSummary
          version={1}
          diff={{
            added: [{ nodeId: 'hello', type: 'remind' }],
            removed: [{ nodeId: 'old-wait', type: 'wait' }],
            changed: [
              {
                nodeId: 'wait',
                type: 'wait',
                changes: [{ path: ['config', 'for'], before: 'P1D', after: 'P2D' }],
              },
            ],
            rewired: [{ nodeId: 'wait', port: 'done', before: 'bye', after: 'hello' }],
            journey: [],
          }}
        />
      </I18nContext.Provider>,
    );
    const summary = screen.getByTestId('diff-summary');
    expect(summary).toHaveTextContent('Đã thêm Nhắc lần 1 (Nhắc nhở)');
    expect(summary).toHaveTextContent('Đã xóa old-wait (Chờ)');
    expect(summary).toHaveTextContent('Đã sửa Chờ (wait): Thời gian chờ');
    expect(summary).toHaveTextContent('wait, lối ra “Xong”: bye → Nhắc lần 1');
    expect(summary).not.toHaveTextContent(/\(remind\)|config\.for/);
  });
});
