// One running sandbox: its data, settings, injected faults, request counters and webhook deliveries.
import type { ChangeContext } from './domain/outcome.ts';
import { FaultInjector } from './faults.ts';
import { RateLimiter } from './limits/rate-limit.ts';
import { applySeed, type Seed } from './seeds/seeds.ts';
import { defaultSettings, type Settings } from './settings.ts';
import { RequestStats } from './stats.ts';
import type { ApiKeyRecord, UserRecord } from './store/records.ts';
import { Store } from './store/store.ts';
import { WebhookDispatcher } from './webhooks/dispatcher.ts';

export class SandboxState {
  store = new Store();
  readonly settings: Settings;
  readonly faults = new FaultInjector();
  readonly stats = new RequestStats();
  readonly rateLimiter: RateLimiter;
  readonly webhooks: WebhookDispatcher;
  readonly now = () => Date.now();

  constructor(settings: Partial<Settings> = {}) {
    this.settings = { ...defaultSettings(), ...settings };
    this.rateLimiter = new RateLimiter(() => this.settings.rateLimit);
    this.webhooks = new WebhookDispatcher(() => this.store, () => this.settings, this.now);
  }

  /** Replaces all data with a fresh seed and forgets faults, counters and pending deliveries. */
  reset(seed: Seed): ApiKeyRecord[] {
    this.webhooks.cancelAll();
    this.faults.set({});
    this.stats.clear();
    this.rateLimiter.clear();
    this.store = new Store();
    return applySeed(this.store, seed, this.now());
  }

  changeContext(actor: UserRecord): ChangeContext {
    return { store: this.store, actor, now: this.now, emit: (event) => this.webhooks.announce(event) };
  }

  /** The organization's owner: who the control API acts as. */
  owner(): UserRecord {
    const ownerId = this.store.organization?.ownerId;
    const owner = ownerId ? this.store.users.get(ownerId) : undefined;
    if (!owner) throw new Error('The sandbox has no organization owner');
    return owner;
  }
}
