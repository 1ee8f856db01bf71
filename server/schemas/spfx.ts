import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';

/**
 * Our SPFx package's files against the JSON schemas Microsoft ships in the SPFx packages:
 * - web part manifests: `client-side-web-part-manifest.schema.json` and the schemas it references, from
 *   sp-module-interfaces, registered by their `$id` as its own ManifestValidator does (here with every
 *   error reported, and without ajv's strict-mode warnings about Microsoft's schemas in the test log);
 * - `config/package-solution.json`: `package-solution.schema.json` of spfx-heft-plugins, the schema its
 *   package-solution task loads the file with.
 * Each function returns one line per problem (`<JSON pointer> <message>`); empty means valid.
 */

/** An ajv error as one line. */
export function describeError(error: ErrorObject): string {
  const where = error.instancePath || '/';
  const extra = error.keyword === 'additionalProperties' ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})` : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}

function packageFile(pkg: string, relative: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), relative);
}

let webPartValidator: ReturnType<Ajv['compile']> | undefined;

/** A web part manifest (as in src/webparts or as built in release/manifests). */
export function webPartManifestProblems(manifest: unknown): string[] {
  if (!webPartValidator) {
    const schemas = packageFile('@microsoft/sp-module-interfaces', 'lib-commonjs/manifestSchemas');
    const ajv = new Ajv({ allErrors: true, strict: false });
    // The site-design actions schema is referenced by its remote path (the prefab manifest uses it).
    const remote = JSON.parse(readFileSync(join(schemas, 'remote', 'site-design-script-actions.schema.json'), 'utf8')) as object;
    ajv.addSchema(remote, 'remote/site-design-script-actions.schema.json');
    for (const file of readdirSync(join(schemas, 'jsonSchemas')).filter((f) => f.endsWith('.schema.json'))) {
      const schema = JSON.parse(readFileSync(join(schemas, 'jsonSchemas', file), 'utf8')) as { $id?: string };
      ajv.addSchema(schema, schema.$id ?? file);
    }
    webPartValidator = ajv.getSchema('client-side-web-part-manifest.schema.json');
    if (!webPartValidator) throw new Error('sp-module-interfaces ships no client-side-web-part-manifest.schema.json');
  }
  return webPartValidator(manifest) ? [] : [...new Set((webPartValidator.errors ?? []).map(describeError))];
}

let packageSolutionValidator: ReturnType<Ajv['compile']> | undefined;

/** `config/package-solution.json`. */
export function packageSolutionProblems(config: unknown): string[] {
  if (!packageSolutionValidator) {
    const schema = JSON.parse(readFileSync(packageFile('@microsoft/spfx-heft-plugins', 'lib-commonjs/plugins/packageSolutionPlugin/package-solution.schema.json'), 'utf8')) as object;
    // allErrors: every problem at once; strict off as in Heft, whose schema uses draft-04 style keywords.
    packageSolutionValidator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return packageSolutionValidator(config) ? [] : (packageSolutionValidator.errors ?? []).map(describeError);
}
