/**
 * Figures for the pure core: validating a whole imported sheet and building the sample data.
 * The Excel import validates every row, so a 10 000-row sheet must validate in well under a second.
 */
import { buildLargeActionSet, buildSampleData } from '../server/sample';
import { ROADMAP_ACTIONS } from '../src/core/schema';
import { validateFields, validateUniqueCodes } from '../src/core/validation';
import { timeMs, type Figure } from './figure';

export async function run(): Promise<Figure[]> {
  const actions = buildLargeActionSet(10000, 'bench');
  const validate = await timeMs(() => {
    for (const a of actions) validateFields(ROADMAP_ACTIONS, a);
    validateUniqueCodes(actions.map((a) => a.code));
  });
  const sample = await timeMs(() => buildSampleData());
  const large = await timeMs(() => buildLargeActionSet(10000, 'bench'), 3);
  return [
    { figure: 'validate 10 000 actions (fields, rules, unique codes)', value: validate, unit: 'ms', target: '< 1000 ms', met: validate < 1000 },
    { figure: 'build the sample data', value: sample, unit: 'ms', target: '< 1000 ms', met: sample < 1000 },
    { figure: 'build 10 000 large-set actions', value: large, unit: 'ms', target: '< 2000 ms', met: large < 2000 }
  ];
}
