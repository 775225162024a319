// The host's options for an embed (README, "Embedding"), in every form: our loader (embed.js,
// data-* attributes), a plain iframe and Pym.js (the frame URL's query), and the script mount.
// The host pages come from scripts/host-server.mjs's /options.html, on another origin, with
// the options written as a host would (nothing checked on the way). The reader's system is
// dark throughout, so a light explainer is the host's choice, not the system's.
import AxeBuilder from '@axe-core/playwright';
import { hostTest as test, expect, expectSized } from './fixtures.mjs';

const FORMS = ['loader', 'iframe', 'pym', 'mount'];
const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(20, 20, 20)';
const ACCENT = { light: 'rgb(155, 28, 28)', dark: 'rgb(255, 143, 133)' };

test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });

/** Opens the host page for `query` and returns the explainer in it once interactive: `root`
 * (a locator scope for its elements), and for a frame its `frame` and `handle`. */
async function embedded(page, hostSite, query) {
  await page.goto(`${hostSite}options.html?${query}`);
  if (/(^|&)form=mount(&|$)/.test(query)) {
    const live = page.locator('[data-explainer] .live');
    await expect(live).toHaveAttribute('data-interactive', 'true');
    return { root: live };
  }
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('html[data-interactive="true"]');
  return { root: frame.locator('html'), frame, handle };
}

/** What the reader sees of the explainer's look. */
function look(root) {
  return root.locator('.explainer').evaluate((el) => {
    const style = getComputedStyle(el);
    const h1 = el.querySelector('.masthead h1').getBoundingClientRect();
    return {
      background: style.backgroundColor,
      scheme: style.colorScheme,
      accent: getComputedStyle(el.querySelector('.walkthrough')).borderTopColor,
      font: style.fontFamily,
      masthead: h1.width > 1 && getComputedStyle(el.querySelector('.kicker')).display !== 'none',
      step: el.querySelector('[data-testid="step-title"]').textContent,
    };
  });
}

for (const form of FORMS) {
  test(`${form}: theme=light shows the explainer light on a light page while the system is dark`, async ({ page, hostSite }) => {
    const { root } = await embedded(page, hostSite, `form=${form}&scheme=light&theme=light`);
    const seen = await look(root);
    expect(seen.background).toBe(LIGHT_BG);
    expect(seen.scheme).toBe('light');
    expect(seen.accent).toBe(ACCENT.light);
  });

  test(`${form}: with no theme it follows the reader's system (dark)`, async ({ page, hostSite }) => {
    const { root } = await embedded(page, hostSite, `form=${form}&scheme=light`);
    expect((await look(root)).background).toBe(DARK_BG);
  });

  test(`${form}: plain hides the masthead${form === 'mount' ? '' : ', and the frame follows the height'}`, async ({ page, hostSite }) => {
    const { root, frame, handle } = await embedded(page, hostSite, `form=${form}&plain`);
    const seen = await look(root);
    expect(seen.masthead).toBe(false);
    // The walkthrough starts at the top: the progress row is the first thing shown.
    const top = await root.locator('.explainer').evaluate((el) => el.getBoundingClientRect().top);
    const progress = await root.getByTestId('progress').evaluate((el) => el.getBoundingClientRect().top);
    expect(progress - top).toBeLessThan(60);
    // The headline stays for screen readers, as the explainer's own heading.
    await expect(root.locator('.masthead h1')).toHaveCount(1);
    if (form === 'loader' || form === 'pym') {
      await expectSized(handle, frame);
      const plainHeight = (await handle.boundingBox()).height;
      // Without plain the frame is taller by the masthead.
      const again = await embedded(page, hostSite, `form=${form}`);
      await expectSized(again.handle, again.frame);
      expect((await again.handle.boundingBox()).height).toBeGreaterThan(plainHeight + 40);
    }
  });

  test(`${form}: step=<id> opens at that step`, async ({ page, hostSite }) => {
    const { root } = await embedded(page, hostSite, `form=${form}&step=common-enemy`);
    await expect(root.getByTestId('step-title')).toHaveText('Security and ISIS-K');
    await expect(root.getByTestId('time-marker')).toHaveText('March 2024');
    // It works from there.
    await root.getByTestId('step-next').click();
    await expect(root.getByTestId('step-title')).not.toHaveText('Security and ISIS-K');
  });

  test(`${form}: an accent is used where it meets AA, and refused with a warning where it does not`, async ({ page, hostSite }) => {
    const warnings = [];
    page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
    // A dark blue: 6.8:1 on the light theme's backgrounds, 2.3:1 on the dark theme's.
    let { root } = await embedded(page, hostSite, `form=${form}&theme=light&accent=%23005a9c`);
    await expect.poll(async () => (await look(root)).accent).toBe('rgb(0, 90, 156)');
    ({ root } = await embedded(page, hostSite, `form=${form}&theme=dark&accent=%23005a9c`));
    await expect.poll(() => warnings.some((w) => /accent #005a9c is not used in the dark theme/.test(w))).toBe(true);
    expect((await look(root)).accent).toBe(ACCENT.dark);
    // A yellow on the light theme: 1.3:1, refused.
    warnings.length = 0;
    ({ root } = await embedded(page, hostSite, `form=${form}&theme=light&accent=ffdd00`));
    await expect.poll(() => warnings.some((w) => /accent #ffdd00 is not used in the light theme/.test(w))).toBe(true);
    expect((await look(root)).accent).toBe(ACCENT.light);
  });
}

for (const form of ['loader', 'mount']) {
  test(`${form}: theme=host follows the page's color-scheme, and its switches without a reload`, async ({ page, hostSite }) => {
    const { root, frame } = await embedded(page, hostSite, `form=${form}&scheme=light&theme=host&accent=%23005a9c`);
    expect((await look(root)).background).toBe(LIGHT_BG);
    expect((await look(root)).accent).toBe('rgb(0, 90, 156)');
    // Something that a reload would lose.
    await root.getByTestId('step-next').click();
    await expect(root.getByTestId('step-title')).toHaveText('1979: the Soviet invasion');
    if (frame) await frame.evaluate(() => { window.stillHere = true; });
    const height = frame && (await page.locator('iframe').boundingBox()).height;

    // The host switches to dark, as a site's own toggle would.
    await page.evaluate(() => { document.documentElement.style.colorScheme = 'dark'; });
    await expect.poll(async () => (await look(root)).background).toBe(DARK_BG);
    // The accent is too dark for the dark theme: the dark theme's own is used.
    expect((await look(root)).accent).toBe(ACCENT.dark);
    await expect(root.getByTestId('step-title')).toHaveText('1979: the Soviet invasion');
    if (frame) {
      expect(await frame.evaluate(() => window.stillHere)).toBe(true);
      // The height is unchanged by a theme, and still follows the content.
      await expectSized(await page.waitForSelector('iframe'), frame);
      expect(Math.abs((await page.locator('iframe').boundingBox()).height - height)).toBeLessThanOrEqual(2);
    }
    // And back.
    await page.evaluate(() => {
      document.documentElement.style.colorScheme = '';
      document.querySelector('meta[name="color-scheme"]').content = 'light';
    });
    await expect.poll(async () => (await look(root)).background).toBe(LIGHT_BG);
    // A site whose dark mode is set on its body, where the root says nothing.
    await page.evaluate(() => {
      document.querySelector('meta[name="color-scheme"]').remove();
      document.head.querySelector('style:last-of-type').remove();
      document.body.style.colorScheme = 'dark';
    });
    await expect.poll(async () => (await look(root)).background).toBe(DARK_BG);
  });
}

test('loader: a view in the host page\'s URL wins over step=', async ({ page, hostSite }) => {
  await page.goto(`${hostSite}options.html?form=loader&step=common-enemy#explainer=step%3Dsoviet-retreat`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('html[data-interactive="true"]');
  await expect(frame.getByTestId('step-title')).toHaveText('1989: a painful retreat');
});

test('font: a named stack leads the text and headings, and the map keeps its faces', async ({ page, hostSite }) => {
  for (const form of ['loader', 'mount']) {
    const { root } = await embedded(page, hostSite, `form=${form}&font=humanist`);
    const fonts = await root.locator('.explainer').evaluate((el) => ({
      text: getComputedStyle(el.querySelector('.step p')).fontFamily,
      heading: getComputedStyle(el.querySelector('[data-testid="step-title"]')).fontFamily,
      map: getComputedStyle(el.querySelector('svg.map')).fontFamily,
    }));
    expect(fonts.text, form).toMatch(/^Seravek, .*Charter/);
    expect(fonts.heading, form).toMatch(/^Seravek, .*system-ui/);
    expect(fonts.map, form).toMatch(/^system-ui/);
  }
});

test('mount: font may name a family the host page has loaded, and no other', async ({ page, hostSite }) => {
  // A family the page has loaded (a local face, as a host's web font would be)...
  await page.addInitScript(() => {
    const face = new FontFace('House Face', 'local("DejaVu Sans")');
    document.fonts.add(face);
    face.load();
  });
  let { root } = await embedded(page, hostSite, 'form=mount&font=House%20Face');
  await expect.poll(() => root.locator('.step p').first().evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"House Face", Charter/);
  // ...or loads later (a font loader, once the explainer is up)...
  await page.addInitScript(() => {
    setTimeout(() => {
      const face = new FontFace('Late Face', 'local("DejaVu Serif")');
      document.fonts.add(face);
      face.load();
    }, 1500);
  });
  ({ root } = await embedded(page, hostSite, 'form=mount&font=Late%20Face'));
  await expect.poll(() => root.locator('.step p').first().evaluate((el) => getComputedStyle(el).fontFamily), { timeout: 10000 }).toMatch(/^"Late Face", Charter/);
  // ...but not one it has not.
  ({ root } = await embedded(page, hostSite, 'form=mount&font=Comic%20Neue'));
  await page.waitForTimeout(500);
  expect(await root.locator('.step p').first().evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^Charter/);
});

/** The colour on screen at (x, y) of the page, as the reader sees it. */
async function pixel(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return Array.from(context.getImageData(0, 0, 1, 1).data.slice(0, 3));
  }, png.toString('base64'));
}

test('transparent: the host\'s background shows through, even where its theme is not the explainer\'s', async ({ page, hostSite }) => {
  for (const form of ['loader', 'mount']) {
    // A white page, a dark explainer: around the walkthrough's card the page is white.
    const { root } = await embedded(page, hostSite, `form=${form}&scheme=light&transparent&theme=dark`);
    expect((await look(root)).background, form).toBe('rgba(0, 0, 0, 0)');
    const box = await (form === 'mount' ? page.locator('[data-explainer]') : page.locator('iframe')).boundingBox();
    expect(await pixel(page, box.x + 3, box.y + 3), form).toEqual([255, 255, 255]);
    // Without transparent, the explainer's own dark.
    await embedded(page, hostSite, `form=${form}&scheme=light&theme=dark`);
    expect(await pixel(page, box.x + 3, box.y + 3), form).toEqual([20, 20, 20]);
  }
});

test('loader: the snippet pasted twice, each with its script, gives two explainers with their own links', async ({ page, hostSite }) => {
  await page.goto(`${hostSite}options.html?form=loader&step=common-enemy`);
  await expect(page.locator('iframe')).toHaveCount(1);
  const src = await page.locator('script[src$="embed.js"]').getAttribute('src');
  await page.evaluate((src) => {
    document.body.append(document.createRange().createContextualFragment(
      `<div data-explainer data-step="soviet-retreat"></div><script src="${src}" async></script>`));
  }, src);
  await expect(page.locator('iframe')).toHaveCount(2);
  const ids = await page.locator('iframe').evaluateAll((frames) => frames.map((f) => new URL(f.src).searchParams.get('childId')));
  expect(new Set(ids).size).toBe(2);
  const second = page.frameLocator('iframe >> nth=1');
  await expect(second.locator('html')).toHaveAttribute('data-interactive', 'true');
  await expect(second.getByTestId('step-title')).toHaveText('1989: a painful retreat');
  await second.getByTestId('step-next').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#explainer1=step%3Dfour-years-out-in-the-cold');
});

// Values a hostile or careless page might write. None may change anything, reach a URL, the
// page's HTML or its CSS, or make a request.
const HOSTILE = [
  ['accent', 'red;background:url(//evil.example/a.png)'],
  ['accent', '#fff" onload="alert(1)'],
  ['accent', '#00000g'],
  ['font', 'x'.repeat(10000)],
  ['font', '"; } .explainer { display: none } {'],
  ['font', 'url(https://evil.example/f.woff2)'],
  ['step', '<img src=x onerror=alert(1)>'],
  ['step', '../../evil'],
  ['step', 'no-such-step'],
  ['theme', 'dark;color:red'],
  ['theme', 'evil'],
  ['plain', '<b>'],
  ['transparent', 'javascript:alert(1)'],
  ['lang', '../../evil.example'],
];

for (const form of ['loader', 'iframe', 'mount']) {
  test(`${form}: hostile options change nothing, make no request and break no CSP`, async ({ page, hostSite, site }) => {
    test.slow();
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));
    });
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const plain = await look((await embedded(page, hostSite, `form=${form}`)).root);
    const allowed = [new URL(site).origin, new URL(hostSite).origin];
    for (const [name, value] of HOSTILE) {
      requests.length = 0;
      const query = `form=${form}&${name}=${encodeURIComponent(value)}`;
      const { root, frame } = await embedded(page, hostSite, query);
      expect(await look(root), `${name}=${value.slice(0, 40)}`).toEqual(plain);
      // Only the two sites, and no path made from a value (the frame's own URL may carry the
      // host's query: the explainer reads it, it does not request it).
      const foreign = requests.filter((url) => !allowed.includes(new URL(url).origin)
        || /evil|onerror|%3C|<|no-such-step|xxxxxxxxxx/.test(new URL(url).pathname));
      expect(foreign, `${name}=${value.slice(0, 40)}`).toEqual([]);
      for (const scope of frame ? [page, frame] : [page]) {
        expect(await scope.evaluate(() => window.cspViolations), `${name} in ${scope === page ? 'the host' : 'the frame'}`).toEqual([]);
      }
      // Nothing of the value is in the explainer's markup.
      const html = await root.evaluate((el) => el.outerHTML);
      expect(html.includes('evil') || html.includes('onerror') || html.includes('xxxxxxxxxx')).toBe(false);
    }
  });
}

for (const width of [360, 1280]) {
  for (const theme of ['light', 'dark']) {
    test(`axe finds no violations in a themed embed with an accent, ${theme}, at ${width} px`, async ({ page, hostSite }) => {
      test.slow();
      await page.setViewportSize({ width, height: 800 });
      // An accent that meets AA in this theme.
      const accent = theme === 'light' ? '%23005a9c' : '%238cc4ff';
      const { root, frame } = await embedded(page, hostSite, `form=loader&theme=${theme}&accent=${accent}&font=humanist`);
      expect((await look(root)).accent).toBe(theme === 'light' ? 'rgb(0, 90, 156)' : 'rgb(140, 196, 255)');
      await frame.evaluate(() => {
        // Render every card, as in accessibility.spec.mjs: axe measures what readers get.
        for (const el of document.querySelectorAll('.cards > li, .timeline, .relationships')) el.style.contentVisibility = 'visible';
      });
      const results = await new AxeBuilder({ page }).include('iframe').analyze();
      const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].target}`);
      expect(found).toEqual([]);
    });
  }
}

test('the Embed panel\'s builder writes the code for its choices, and that code opens as chosen', async ({ page, site, hostSite }) => {
  await page.goto(`${site}#step=common-enemy`);
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  await page.getByTestId('embed').locator('summary').click();
  const code = page.getByTestId('embed-snippet');
  const loader = new URL('embed.js', site).href;
  // By default: the reader's theme, this step, this language.
  await expect(code).toHaveValue(`<div data-explainer data-step="common-enemy"></div>\n<script src="${loader}" async></script>`);
  await page.getByTestId('embed-theme').getByRole('radio', { name: 'As the host page is' }).check();
  await page.getByTestId('embed-plain').check();
  await page.getByTestId('embed-lang').getByRole('radio', { name: 'Русский' }).check();
  const chosen = `<div data-explainer data-theme="host" data-plain data-step="common-enemy" data-lang="ru"></div>\n<script src="${loader}" async></script>`;
  await expect(code).toHaveValue(chosen);
  // Arrow keys in the choices are the choices', not the walkthrough's.
  await page.getByTestId('embed-theme').getByRole('radio', { name: 'As the host page is' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('step-title')).toHaveText('Security and ISIS-K');
  await expect(code).toHaveValue(chosen.replace('data-theme="host"', 'data-theme="dark"'));
  await page.keyboard.press('ArrowRight');
  await expect(code).toHaveValue(chosen);
  // The code follows the step the reader moves to, and can leave it out.
  await page.getByTestId('step-next').click();
  await expect(code).not.toHaveValue(/common-enemy/);
  await expect(code).toHaveValue(/data-step="[a-z-]+"/);
  await page.getByTestId('embed-step').uncheck();
  await expect(code).not.toHaveValue(/data-step/);
  await page.getByTestId('embed-step').check();
  await page.getByTestId('step-prev').click();
  await expect(code).toHaveValue(chosen);
  const axe = await new AxeBuilder({ page }).include('[data-testid="embed"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0].target}`)).toEqual([]);

  // The code as written, in a host page: the host's light (the reader's system is dark),
  // plain, at the step, in Russian.
  const attrs = [...(await code.inputValue()).matchAll(/data-([a-z]+)(?:="([^"]*)")?/g)]
    .filter(([, name]) => name !== 'explainer');
  const query = attrs.map(([, name, value]) => `${name}${value === undefined ? '' : '=' + value}`).join('&');
  await page.goto(`${hostSite}options.html?form=loader&scheme=light&${query}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('html[data-interactive="true"]');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(frame.getByTestId('step-title')).toHaveText(/ИГ-Хорасан/);
  expect((await look(frame.locator('html'))).background).toBe(LIGHT_BG);
  expect((await look(frame.locator('html'))).masthead).toBe(false);
});

test('mount: step= in a translation hydrates that language\'s step, and an old step id opens the step that holds it', async ({ page, hostSite }) => {
  let { root } = await embedded(page, hostSite, 'form=mount&lang=ru&step=common-enemy');
  await expect(root.getByTestId('step-title')).toHaveText(/ИГ-Хорасан/);
  await root.getByTestId('step-prev').click();
  await expect(root.getByTestId('step-title')).not.toHaveText(/ИГ-Хорасан/);
  // A removed step's id (kept as an alias) opens the step that now holds its facts.
  ({ root } = await embedded(page, hostSite, 'form=mount&step=on-the-terror-list'));
  await expect(root.getByTestId('step-title')).toHaveText('On the terrorist list, and trading');
});
