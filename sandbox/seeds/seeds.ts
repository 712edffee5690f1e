import { z } from 'zod';
import type { ApiKeyRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { seedDemo } from './demo.ts';
import { seedPractice } from './practice.ts';
import { seedScale } from './scale.ts';

const count = (max: number) => z.number().int().min(0).max(max);

export const seedSchema = z.union([
  z.literal('demo'),
  z.literal('empty'),
  z.object({ scale: z.object({ providers: count(10_000).min(1), patients: count(1_000_000), appointments: count(1_000_000) }).strict() }).strict(),
]);

export type Seed = z.infer<typeof seedSchema>;

/** Fills an empty store; returns the seeded API keys, the practice admin's first. */
export function applySeed(store: Store, seed: Seed, now: number): ApiKeyRecord[] {
  if (seed === 'demo') return seedDemo(store, now).apiKeys;
  if (seed === 'empty') return seedPractice(store, now, 'Empty Practice').apiKeys;
  return seedScale(store, now, seed.scale).apiKeys;
}
