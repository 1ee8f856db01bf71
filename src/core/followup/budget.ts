import type { IctBudget } from '../budget';

export type { IctBudget } from '../budget';
export { ICT_BUDGET_2025, ICT_BUDGETS } from '../budget';

/** The budget of a given year among those given, or null. */
export function budgetForYear(budgets: IctBudget | readonly IctBudget[] | null | undefined, year: number): IctBudget | null {
  if (!budgets) return null;
  const list: readonly IctBudget[] = isBudgetList(budgets) ? budgets : [budgets];
  return list.find((b) => b.year === year) ?? null;
}

function isBudgetList(value: IctBudget | readonly IctBudget[]): value is readonly IctBudget[] {
  return Array.isArray(value);
}
