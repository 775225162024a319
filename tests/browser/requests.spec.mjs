// No third parties: everything a reader's browser requests comes from the explainer's own
// origin, standalone and in every embedding mode (the host page's own files aside).
import { test, expect } from './fixtures.mjs';
import { startHostServer } from '../../scripts/host-server.mjs';

test('standalone, every request is same-origin', async ({ explainer, page, site }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await explainer.open();
  await explainer.next.click();
  await explainer.event('recognition').click();
  await page.waitForLoadState('networkidle');
  const origin = new URL(site).origin;
  expect(requests.length).toBeGreaterThan(2);
  expect(requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'))).toEqual([]);
});

test('embedded, the explainer requests only its own origin', async ({ page, site }) => {
  const host = await startHostServer({ explainer: site, port: 0 });
  try {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const mode of ['loader', 'pym', 'sandboxed', 'mount']) {
      await page.goto(host.url + mode + '.html');
      await page.waitForLoadState('networkidle');
    }
    const allowed = [new URL(site).origin + '/', new URL(host.url).origin + '/'];
    expect(requests.filter((u) => !allowed.some((a) => u.startsWith(a)) && !u.startsWith('data:'))).toEqual([]);
  } finally {
    await host.close();
  }
});
