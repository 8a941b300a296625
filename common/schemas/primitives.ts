/** Small shapes every schema file uses. */
import { z } from 'zod';

export const id = z.string().uuid();
export const isoDate = z.string().datetime({ offset: true });
export const shortText = (max: number) => z.string().max(max);
