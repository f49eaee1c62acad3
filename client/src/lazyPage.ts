import { lazy, type ComponentType } from 'react';

/**
 * A page loaded only when its route is first visited, so that a family
 * caregiver's first visit does not download the editor, conferences,
 * reconciliation or the admin pages. Pages keep their named exports.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  const page = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  return page;
}
