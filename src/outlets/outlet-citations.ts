import type { Outlet } from '../kb/pack-schema';

/** Citation ids an outlet block refers to, in the order an outlet card lists its claims. */
export function outletCitationIds(outlet: Outlet | undefined): string[] {
  if (!outlet) return [];
  return [
    ...(outlet.owner?.sources ?? []),
    ...(outlet.country?.sources ?? []),
    ...(outlet.founded?.sources ?? []),
  ];
}
