import type { SPFI } from '@pnp/sp';
import { describeHttpError, httpStatusOf } from '../errors';
import { CURRENT_SCHEMA, type SchemaDefinition } from './schema-definition';
import { createContext, provisioningSteps, type StepResult } from './steps';

export { CURRENT_SCHEMA, ROLE_TYPE_KIND, type SchemaDefinition } from './schema-definition';
export { NewerSchemaError, provisioningSteps, UI_CULTURES, type ProvisionStep, type StepOutcome, type StepResult } from './steps';
export { fieldSchemaXml, schemaVersionFieldXml, viewQuery, viewFieldName, SP_FIELD_TYPE } from './field-xml';

export interface ProvisionOptions {
  /** What to provision (default: the product's current schema). */
  readonly schema?: SchemaDefinition;
  /** Called after each step, e.g. to print progress. */
  readonly onStep?: (result: StepResult) => void;
}

export interface ProvisionResult {
  /** The schema version the site was at (0: new site). */
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly steps: readonly StepResult[];
  /** False when every step was `unchanged` (or only warned): the run changed nothing. */
  readonly changed: boolean;
}

/** A step that failed, named so the user knows where provisioning stopped (a rerun continues from there). */
export class ProvisionStepError extends Error {
  public readonly name = 'ProvisionStepError';
  /** The HTTP status behind the failure, if any (403: the account may not manage the site). */
  public readonly status: number | undefined;
  public constructor(public readonly step: string, public readonly cause: unknown) {
    super(`step "${step}" failed: ${describeHttpError(cause)}`);
    this.status = httpStatusOf(cause);
  }
}

/**
 * Provisions the programme site from the schema module: idempotent, and an in-place upgrade for a site
 * provisioned by an older schema version (adds what is missing, never drops or retypes anything).
 */
export async function provision(sp: SPFI, options: ProvisionOptions = {}): Promise<ProvisionResult> {
  const schema = options.schema ?? CURRENT_SCHEMA;
  const ctx = createContext(sp, schema);
  const steps: StepResult[] = [];
  for (const step of provisioningSteps(schema)) {
    let result: StepResult;
    try {
      result = await step.run(ctx);
    } catch (error) {
      if (error instanceof Error && error.name === 'NewerSchemaError') throw error;
      throw new ProvisionStepError(step.name, error);
    }
    steps.push(result);
    options.onStep?.(result);
  }
  return {
    fromVersion: ctx.storedVersion,
    toVersion: schema.version,
    steps,
    changed: steps.some((s) => s.outcome === 'created' || s.outcome === 'updated')
  };
}
