/** Small shapes every schema file uses. */
import { z } from 'zod';

export const UuidString = z.string().uuid();
export const IsoDateString = z.string().datetime({ offset: true });
export const boundedText = (max: number) => z.string().max(max);
