import type { LevelCode } from './schema/entities';

/**
 * The city's ICT spending by level of the roadmap, as proposed for a year's budget (TA). These are
 * domain facts from the steering group's material, not sample data: the follow-up dashboard compares
 * the roadmap's costs by level against them. There is no list for them (they change once a year, with
 * the budget), so a new year is added here.
 */
export interface IctBudget {
  readonly year: number;
  /** Euros per level of the roadmap. */
  readonly byLevel: Readonly<Record<LevelCode, number>>;
  /** The estimate for the digital programme's own actions that year, in euros. */
  readonly programmeEstimate: number;
  /** Where the figures come from. */
  readonly source: string;
}

/**
 * Budget 2025 (TA25), from the slides shown to the steering group on 8.11.2024 ("Ehdotus kaupungin
 * ict-menot & Digitiekartta"): digital foundation (incl. digital security) 6 M€, city-wide shared
 * solutions (TORI) 800 k€, sector-specific changes (TOSI) 500 k€, data & analytics 150 k€; the digital
 * programme 2025 estimated at 500 k€.
 */
export const ICT_BUDGET_2025: IctBudget = {
  year: 2025,
  byLevel: { foundation: 6000000, shared: 800000, sector: 500000, data: 150000 },
  programmeEstimate: 500000,
  source: 'Digijohtoryhmä 8.11.2024: ehdotus kaupungin ict-menoiksi, TA25'
};

export const ICT_BUDGETS: readonly IctBudget[] = [ICT_BUDGET_2025];

/** The budget of a year, if it is known. */
export function ictBudgetFor(year: number): IctBudget | undefined {
  return ICT_BUDGETS.find((b) => b.year === year);
}

/** The city's total ICT spending proposal of a budget (the sum over the levels). */
export function ictBudgetTotal(budget: IctBudget): number {
  return Object.keys(budget.byLevel).reduce((sum, level) => sum + budget.byLevel[level as LevelCode], 0);
}
