// A small JSON Schema checker for the tests (type, required, properties, additionalProperties: false, items, enum,
// $ref to #/$defs): the report must match docs/audit-report.schema.json.

/** @returns {string[]} the problems, empty when valid */
export function validate(schema, value, root = schema, path = '$') {
  if (schema.$ref) return validate(resolve(root, schema.$ref), value, root, path);
  const problems = [];
  if (schema.type) {
    const types = [].concat(schema.type);
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${path}: expected ${types.join('|')}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.some((v) => JSON.stringify(v) === JSON.stringify(value))) problems.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of schema.required ?? []) if (!(key in value)) problems.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(value)) {
      if (schema.properties?.[key]) problems.push(...validate(schema.properties[key], item, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: unexpected ${key}`);
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...validate(schema.items, item, root, `${path}[${i}]`)));
  return problems;
}

function resolve(root, ref) {
  return ref.replace(/^#\//, '').split('/').reduce((node, key) => node[key], root);
}
