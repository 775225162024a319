// The explainer as a reader meets it: a page object over the public test contract
// (data-testid, data-event-id, data-relationship-id, data-stance, data-interactive).
import { expect } from '@playwright/test';

/** The walkthrough's steps in order, by the ids links name them by (#step=<id>). */
export const STEPS = ['first-to-recognise', 'soviet-invasion', 'soviet-retreat', 'four-years-out-in-the-cold',
  'trade-with-russia', 'common-enemy', 'trade-then-delisting', 'who-else-has-a-stake',
  'necessary-not-ideal', 'realpolitik'];

export class ExplainerPage {
  constructor(page, site) {
    this.page = page;
    this.site = site;
    this.title = page.getByTestId('step-title');
    this.next = page.getByTestId('step-next');
    this.prev = page.getByTestId('step-prev');
    this.asOf = page.getByTestId('as-of');
    this.detail = page.getByTestId('event-detail');
    this.announcement = page.getByTestId('announcement');
    this.progress = page.getByTestId('progress');
    this.progressSteps = page.getByTestId('progress-step');
    this.currentProgressStep = page.locator('[data-testid="progress-step"][aria-current="step"]');
  }

  /** Opens the explainer (at `hash`) and waits until it handles input. */
  async open(hash = '') {
    await this.page.goto(this.site + hash);
    await this.interactive();
  }

  async interactive() {
    await expect(this.page.locator('html')).toHaveAttribute('data-interactive', 'true');
  }

  /** "Step 3 of 10" (the count screen readers hear) as [3, 10]. */
  async stepNumber() {
    const text = await this.page.locator('.step-count').textContent();
    const [, n, of] = text.match(/Step (\d+) of (\d+)/);
    return [Number(n), Number(of)];
  }

  event(id) {
    return this.page.locator(`[data-testid="timeline-event"][data-event-id="${id}"]`);
  }

  card(id) {
    return this.page.locator(`[data-testid="relationship-card"][data-relationship-id="${id}"]`);
  }

  async stance(id) {
    return this.card(id).getAttribute('data-stance');
  }

  /** The current URL's hash, without '#'. */
  hash() {
    return new URL(this.page.url()).hash.replace(/^#/, '');
  }

  /** Ids of the timeline events currently highlighted. */
  async highlightedEvents() {
    return this.page.locator('[data-testid="timeline-event"][data-highlighted]').evaluateAll(
      (els) => els.map((el) => el.getAttribute('data-event-id')));
  }

  /** Ids of the relationship cards currently highlighted. */
  async highlightedCards() {
    return this.page.locator('[data-testid="relationship-card"][data-highlighted]').evaluateAll(
      (els) => els.map((el) => el.getAttribute('data-relationship-id')));
  }
}
