// Validates a sidecar against the JSON Schema the project ships (schema/annotations.schema.json),
// so what the editor's JSON validation shows and what the store accepts are the same rules.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../../schema/annotations.schema.json';

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

const describe = (e: ErrorObject): string => `${e.instancePath || 'the file'} ${e.message ?? 'is invalid'}`;

/** Null when `data` is a valid version-1 sidecar, else the first problem found, in words. */
export function sidecarSchemaProblem(data: unknown): string | null {
  const validate = validator();
  if (validate(data)) return null;
  return validate.errors?.length ? describe(validate.errors[0]) : 'does not match the schema';
}
