import { z } from 'zod';

export const workspaceParams = z.object({ ws: z.string().min(1).max(100) });
export const idParam = (name: string) => z.string().uuid({ message: `${name} is not a valid id` });

export const pagination = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

