import { z } from 'zod';

export const workspaceParams = z.object({ ws: z.string().min(1).max(100) });
export const idParam = (name: string) => z.string().uuid({ message: `${name} is not a valid id` });

