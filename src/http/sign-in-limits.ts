import { createHash } from 'node:crypto';
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.ts';
import { forgetHits } from './rate-limit-store.ts';

const WINDOW_MS = 15 * 60_000;
/** Every attempt from one address, successful ones too: a clinic behind one NAT fits, spraying does not. */
const PER_ADDRESS = 30;
/** Attempts on one email since its last successful sign-in, from anywhere. */
const PER_ACCOUNT = 10;

// Only a digest of the email is kept: attempts carry whatever addresses strangers typed.
const accountKey = (email: string) => `sign-in:account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;

export interface SignInLimits {
  /** A preHandler: counts the attempt, before any password is checked, and refuses it past a limit. */
  check(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** After a successful sign-in the account's count starts over; its address's does not. */
  forgetAccount(email: string): Promise<void>;
}

/** Sign-in attempts counted per address and per account in the shared rate-limit store. */
export function signInLimits(app: FastifyInstance): SignInLimits {
  const perAddress = app.createRateLimit({
    max: PER_ADDRESS,
    timeWindow: WINDOW_MS,
    // An IPv6 client holds a whole /64: it counts as one address.
    keyGenerator: (request) => `sign-in:address:${normalizeIP(request.ip)}`,
  });
  const perAccount = app.createRateLimit({
    max: PER_ACCOUNT,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => accountKey((request.body as { email: string }).email),
  });
  return {
    async check(request, reply) {
      const address = await perAddress(request);
      if (!address.isAllowed && address.isExceeded) refuse(reply, address.ttlInSeconds, 'Too many sign-in attempts from this address');
      const account = await perAccount(request);
      if (!account.isAllowed && account.isExceeded) refuse(reply, account.ttlInSeconds, 'Too many failed sign-ins for this email');
    },
    forgetAccount: (email) => forgetHits(app.ctx.database, accountKey(email)),
  };
}

function refuse(reply: FastifyReply, seconds: number, what: string): never {
  reply.header('retry-after', seconds);
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  throw new AppError(429, 'too_many_sign_ins', `${what}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
}
