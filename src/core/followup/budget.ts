import type { LevelCode } from '../schema';

/**
 * The city's ICT spending proposal for one budget year (TA = talousarvio), by roadmap level, and the
 * digital programme's own estimate for that year. Euros.
 */
export interface IctBudget {
  readonly year: number;
  readonly byLevel: Readonly<Record<LevelCode, number>>;
  /** The digital programme's estimate for the year (a part of the levels' money, not in addition). */
  readonly programmeEstimate: number;
}

/**
 * The proposal shown to the steering group on 8.11.2024 for budget 2025 (domain.md): digital
 * foundation 6 M€, city-wide shared solutions (TORI) 800 k€, sector-specific (TOSI) 500 k€,
 * data & analytics 150 k€; the programme estimated at 500 k€.
 */
export const ICT_BUDGET_2025: IctBudget = {
  year: 2025,
  byLevel: { foundation: 6_000_000, shared: 800_000, sector: 500_000, data: 150_000 },
  programmeEstimate: 500_000
};

/** The budget of a given year among those known, or null. */
export function budgetForYear(budgets: IctBudget | readonly IctBudget[] | null | undefined, year: number): IctBudget | null {
  if (!budgets) return null;
  const list: readonly IctBudget[] = isBudgetList(budgets) ? budgets : [budgets];
  return list.find((b) => b.year === year) ?? null;
}

function isBudgetList(value: IctBudget | readonly IctBudget[]): value is readonly IctBudget[] {
  return Array.isArray(value);
}
