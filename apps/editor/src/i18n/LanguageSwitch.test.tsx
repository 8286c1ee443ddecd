import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../api/testing/fake-api';
import { renderApp } from '../api/testing/render-app';
import { useLocale } from './locale-store';

const designer = { name: 'Maya', role: 'designer' as const, secret: 'tdm_designer_secret_0123456' };

beforeEach(() => localStorage.clear());

describe('the language switch', () => {
  it('before sign-in: switches the page at once and remembers the choice in this browser only', async () => {
    const api = fakeApi({ keys: [designer] });
    renderApp(api, '/');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Language'), 'Tiếng Việt');
    expect(await screen.findByLabelText('Khóa API')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');
    expect(localStorage.getItem('tandem.locale')).toBe('vi');
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('signed in: keeps the language on the person’s key, so another browser opens in it', async () => {
    const api = fakeApi({ keys: [designer] });
    const first = renderApp(api, '/');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('API key'), designer.secret);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.selectOptions(await screen.findByLabelText('Language'), '中文');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '旅程' })).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'PATCH')).toMatchObject({
      path: '/v1/session',
      body: { locale: 'zh' },
    });
    first.unmount();

    // Another browser: nothing remembered locally, English until the person signs in.
    localStorage.clear();
    useLocale.setState({ locale: 'en' });
    api.endSession();
    renderApp(api, '/');
    await user.type(await screen.findByLabelText('API key'), designer.secret);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();
  });
});
