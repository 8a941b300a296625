/**
 * Where the admin is, kept in the URL hash so a reload returns to the same
 * place: `#/`, `#/config/<id>` (resume), `#/config/<id>/step/<slug>`,
 * `#/config/<id>/history`.
 */
import type { StepId } from '../../common/contract';
import { stepById, stepFromSlug } from './steps';

export type Route =
  | { name: 'home' }
  | { name: 'config'; id: string; step?: StepId }
  | { name: 'history'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '');
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts[0] !== 'config' || !parts[1] || !UUID.test(parts[1])) return { name: 'home' };
  const id = parts[1].toLowerCase();
  if (parts[2] === 'history' && parts.length === 3) return { name: 'history', id };
  if (parts[2] === 'step' && parts[3] && parts.length === 4) {
    const step = stepFromSlug(parts[3]);
    return step ? { name: 'config', id, step: step.id } : { name: 'config', id };
  }
  return { name: 'config', id };
}

export function formatHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'history':
      return `#/config/${route.id}/history`;
    case 'config':
      return route.step ? `#/config/${route.id}/step/${stepById(route.step).slug}` : `#/config/${route.id}`;
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatHash(a) === formatHash(b);
}
