// The explainer as a reader meets it: a page object over the public test contract
// (data-testid, data-event-id, data-relationship-id, data-stance, data-interactive).
import { expect } from '@playwright/test';

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
  }

  /** Opens the explainer (at `hash`) and waits until it handles input. */
  async open(hash = '') {
    await this.page.goto(this.site + hash);
    await this.interactive();
  }

  async interactive() {
    await expect(this.page.locator('html')).toHaveAttribute('data-interactive', 'true');
  }

  /** "Step 3 of 13" as [3, 13]. */
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
