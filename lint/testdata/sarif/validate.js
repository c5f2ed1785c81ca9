// Validates a SARIF log (the file named on the command line) against the
// SARIF 2.1.0 JSON schema that @microsoft/jest-sarif ships, with the ajv it
// depends on. Exit 0 valid, 1 invalid (errors on stderr), 3 not installed.
'use strict';
const fs = require('fs');
let Ajv, schema, draft4;
try {
  Ajv = require('ajv');
  schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  draft4 = require('ajv/lib/refs/json-schema-draft-04.json');
} catch (e) {
  console.error('not installed: ' + e.message);
  process.exit(3);
}
const ajv = new Ajv({ schemaId: 'auto', validateSchema: false, allErrors: true });
ajv.addMetaSchema(draft4);
const validate = ajv.compile(schema);
const log = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
if (!validate(log)) {
  console.error(JSON.stringify(validate.errors, null, 2));
  process.exit(1);
}
