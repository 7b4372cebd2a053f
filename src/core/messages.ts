/**
 * Every user-facing message synthscope prints, in one flat list grouped by topic (STYLE.md,
 * after vega-lite's `log/message.ts`). Code elsewhere builds errors from these and never
 * spells wording of its own, so a message can be reworded in one place.
 */

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------
// io: loadDataset options (InvalidArgumentError, code USAGE)
// ---------------------------------------------------------------------------------------------

export const badFormatOption = (value: unknown): string =>
  `loadDataset format must be one of auto, jsonl, json, csv, tsv; got ${JSON.stringify(value)}`;
export const badOnInvalidOption = (value: unknown): string =>
  `loadDataset onInvalid must be 'error' or 'skip'; got ${JSON.stringify(value)}`;
export const badFieldOption = (option: string, value: unknown): string =>
  `loadDataset ${option} must be a non-empty field name; got ${JSON.stringify(value)}`;
export const sameFieldTwice = (a: string, b: string, field: string): string =>
  `loadDataset ${a} and ${b} name the same field "${field}"`;
export const badColumnsOption = (value: unknown): string =>
  `loadDataset columns must be a list of distinct non-empty names; got ${JSON.stringify(value)}`;
export const columnsNeedDelimited = (format: string): string =>
  `loadDataset columns only applies to CSV and TSV files, not ${format}`;
export const badPathArgument = (value: unknown): string =>
  `loadDataset needs a file path; got ${JSON.stringify(value)}`;

// ---------------------------------------------------------------------------------------------
// io: a file that cannot be read at all (SynthscopeError, code INPUT)
// ---------------------------------------------------------------------------------------------

export const cannotRead = (path: string, why: string): string => `cannot read ${path}: ${why}`;
export const whyNoSuchFile = 'no such file';
export const whyDirectory = 'it is a directory, not a file';
export const whyPermission = 'permission denied';
export const whyNotRegularFile = 'not a regular file';
export const whyEmptyFile = 'the file is empty';
export const whyOnlyBlankLines = (blank: number): string => `no rows, only ${plural(blank, 'blank line')}`;
export const whyNoRows = 'no rows';
export const whyHeaderOnly = 'a header but no rows';
export const whyOther = (detail: string): string => detail;
export const whyJsonTooLarge = (megabytes: number, limitMegabytes: number): string =>
  `${megabytes} MB is over the ${limitMegabytes} MB limit for a JSON array, which is read whole; ` +
  'convert it to JSONL (one object per line), which is streamed';
export const whyJsonNotArray = (found: string): string =>
  `expected a JSON array of objects, found ${found} (for one object per line, name the file .jsonl or pass format 'jsonl')`;
export const whyJsonSyntax = (line: number, detail: string): string => `invalid JSON at line ${line}: ${detail}`;
export const jsonArrayNotClosed = 'the array is not closed';
export const jsonEmptyElement = 'an empty element (a trailing or doubled comma?)';
export const jsonAfterArray = 'more content after the closing ]';
export const jsonFoundObject = 'an object';
export const jsonFoundNothing = 'only whitespace';
export const jsonFoundOther = (start: string): string => `text starting with ${JSON.stringify(start)}`;
export const whyInvalidUtf8Line = (line: number): string => `invalid UTF-8 at line ${line}`;
export const whyMissingColumn = (option: string, field: string, columns: readonly string[]): string =>
  `no column "${field}" for ${option} (columns: ${columns.join(', ')})`;
export const whyBadHeader = (reason: string): string => `unreadable header: ${reason}`;
export const whyDuplicateHeader = (name: string): string => `the header names column "${name}" twice`;
export const whyNoLabelField = (field: string, seen: readonly string[]): string =>
  `no row has the label field "${field}"` + (seen.length > 0 ? ` (fields in the first row: ${seen.join(', ')})` : '') +
  '; choose another with labelField (--label-field), or leave it unset for unlabeled data';
export const whyNoTextField = (field: string, seen: readonly string[]): string =>
  `no row has the text field "${field}"` + (seen.length > 0 ? ` (fields in the first row: ${seen.join(', ')})` : '') +
  '; choose another with textField (--text-field)';

// ---------------------------------------------------------------------------------------------
// io: invalid rows (SynthscopeError, code INVALID_ROWS)
// ---------------------------------------------------------------------------------------------

/** One line: "data.jsonl: 3 invalid rows (first at line 7: invalid JSON)". */
export const invalidRowsSummary = (path: string, count: number, firstLine: number, firstReason: string): string =>
  `${path}: ${plural(count, 'invalid row')} (first at line ${firstLine}: ${firstReason})`;
/** Same, when no row at all was valid. */
export const noValidRowsSummary = (path: string, count: number, firstLine: number, firstReason: string): string =>
  `${path}: no valid rows, all ${plural(count, 'row')} invalid (first at line ${firstLine}: ${firstReason})`;
/** A detail line under the message: "data.jsonl:7: invalid JSON". */
export const invalidRowDetail = (path: string, line: number, reason: string): string => `${path}:${line}: ${reason}`;
export const moreInvalidRows = (more: number): string => `… and ${more} more`;

// Reasons a row is invalid (InvalidRow.reason).
export const reasonInvalidJson = 'invalid JSON';
export const reasonInvalidUtf8 = 'invalid UTF-8';
export const reasonNotObject = (found: string): string => `not a JSON object (found ${found})`;
export const reasonMissingText = (field: string): string => `missing text (no field "${field}")`;
export const reasonNonStringText = (found: string): string => `non-string text (found ${found})`;
export const reasonEmptyText = 'empty text';
export const reasonLabelType = (found: string): string => `label of the wrong type (${found})`;
export const reasonMissingId = (field: string): string => `missing id (no field "${field}")`;
export const reasonIdType = (found: string): string => `id of the wrong type (${found})`;
export const reasonDuplicateId = (id: string, firstLine: number): string =>
  `duplicate id ${JSON.stringify(id)} (first at line ${firstLine})`;
export const reasonFieldCount = (got: number, expected: number): string =>
  `${plural(got, 'field')}, the header has ${expected}`;
export const reasonCsvUnclosedQuote = 'unclosed quote (the record runs to the end of the file)';
export const reasonCsvSyntax = (detail: string): string => `invalid CSV: ${detail}`;

// ---------------------------------------------------------------------------------------------
// embeddings (SynthscopeError, codes MODEL_NOT_FOUND, EMBEDDER, USAGE)
// ---------------------------------------------------------------------------------------------

export const modelNotFound = (model: string, cacheDir: string, localOnly: boolean): string =>
  `cannot load embedding model "${model}": not found as a local folder or in the cache ${cacheDir}` +
  (localOnly ? ' (remote download disabled)' : ' and it could not be downloaded') +
  '; check the id, or put the model folder (config.json, tokenizer.json, onnx/model.onnx) at that path';
export const unknownEmbedder = (id: string): string =>
  `unknown embedder "${id}": use 'builtin', a transformers.js model id or folder, or 'openai:<model>'`;
export const embeddingAborted = 'embedding was cancelled';
export const builtinBuildFailed = (folder: string, why: string): string =>
  `cannot build the builtin embedding model in ${folder}: ${why}`;

// ---------------------------------------------------------------------------------------------
// cli: output files (SynthscopeError, code USAGE)
// ---------------------------------------------------------------------------------------------

export const cannotWrite = (path: string, why: string): string => `cannot write ${path}: ${why}`;

// ---------------------------------------------------------------------------------------------
// generate: config files (SynthscopeError, code USAGE; "gen.yaml:12: labels[1].count: …")
// ---------------------------------------------------------------------------------------------

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');
const forLabel = (label: string | null): string => (label === null ? '' : ` for label "${label}"`);

export const configYamlError = (file: string, line: number, detail: string): string => `${file}:${line}: invalid YAML: ${detail}`;
export const configNotMapping = (file: string): string => `${file}: a generation config must be a mapping of keys (task, labels, …)`;
export const configIssueLine = (file: string, line: number | null, key: string, message: string): string =>
  `${file}${line === null ? '' : `:${line}`}: ${key}: ${message}`;
export const configMoreIssues = (more: number): string => `… and ${plural(more, 'more problem')}`;
export const configUnknownKey = (keys: readonly string[]): string =>
  `unknown key${keys.length > 1 ? 's' : ''} ${quoted(keys)} (check the spelling; generation configs are documented in fixtures/generate/)`;
export const configBadTask = (tasks: readonly string[]): string => `task must be one of ${tasks.join(', ')}`;
export const configDuplicateLabel = (name: string): string => `label "${name}" is listed twice`;
export const configEmptyLabelSlug = (name: string): string => `label "${name}" needs a letter or digit (item ids are made from it)`;
export const configDuplicateLabelSlug = (name: string, other: string, slug: string): string =>
  `labels "${other}" and "${name}" give the same item ids ("${slug}-0001"); rename one`;
export const configCountWithLabels = 'count applies to configs without labels; give each label a count, or a total to share out';
export const configLabelNeedsCount = (name: string): string => `label "${name}" needs a count, or give a total at the top level to share out by weight`;
export const configCountsMismatchTotal = (sum: number, total: number): string => `the label counts add up to ${sum}, not the total ${total}`;
export const configCountsExceedTotal = (sum: number, total: number): string => `the label counts add up to ${sum}, more than the total ${total}`;
export const configNoRows = 'the config asks for no rows at all';
export const configNeedsCount = (task: string): string => `a ${task} config needs a count (rows to generate) or labels with counts`;
export const configCountAndTotal = 'give count or total, not both';
export const configTurnsInverted = (min: number, max: number): string => `turns.min (${min}) is more than turns.max (${max})`;
export const configSchemaRootNotObject = (type: string): string => `the row schema must be of type object (its properties become the row's fields), not ${type}`;
export const configReservedProperty = (key: string, reserved: readonly string[]): string =>
  `property "${key}" is reserved: every row has ${reserved.join(', ')} of its own`;
export const configUnknownRequired = (key: string): string => `"${key}" is required but is not among the properties`;
export const configRangeInverted = (loKey: string, lo: number, hiKey: string, hi: number): string => `${loKey} (${lo}) is more than ${hiKey} (${hi})`;
export const configIntegerRangeEmpty = (lo: number, hi: number): string => `no integer lies between minimum ${lo} and maximum ${hi}`;
export const configUnknownPlaceholder = (name: string, allowed: readonly string[]): string =>
  `unknown placeholder {{${name}}}; this task has ${allowed.map((a) => `{{${a}}}`).join(', ')}`;
export const configPlaceholderNeeds = (name: string, need: string): string => `the placeholder {{${name}}} needs ${need} in the config`;

// generate: slot grammars of the template provider (SynthscopeError, code USAGE)
export const grammarSlotUnknown = (name: string, label: string | null, variables: readonly string[]): string =>
  `the slot {${name}}${forLabel(label)} is neither a grammar symbol nor a variable` +
  (variables.length > 0 ? ` (variables: ${variables.join(', ')})` : '') +
  (['topic', 'persona', 'style', 'length'].includes(name) ? `; {${name}} needs variation.${name === 'persona' ? 'personas' : `${name}s`}` : '');
export const grammarShadowsVariable = (name: string): string => `grammar symbol "${name}" has the name of a built-in variable; rename it`;
export const grammarCycle = (names: readonly string[]): string => `grammar symbols refer to each other in a loop: ${names.join(' → ')}`;
export const grammarUnknownSymbol = (name: string): string => `the slot {${name}} is neither a grammar symbol nor a variable`;
export const grammarTooDeep = (depth: number): string => `the slot grammar nests deeper than ${depth} levels`;
export const templateNeedsField = (field: string, label: string | null): string =>
  `the template provider needs template.fields.${field}${forLabel(label)} (at the top level or under the label)`;
export const templateNeedsScript = (label: string | null): string =>
  `the template provider needs a dialogue script (template.script)${forLabel(label)}`;
export const templateScriptRole = (role: string, roles: readonly string[]): string => `role "${role}" is not one of the roles (${roles.join(', ')})`;
export const templateScriptTooShort = (n: number, min: number): string => `the script has ${plural(n, 'required turn')}, fewer than turns.min (${min})`;
export const templateScriptTooLong = (n: number, max: number): string => `the script has ${plural(n, 'turn')}, more than turns.max (${max})`;
export const templateProviderNoGrammar = (task: string): string =>
  `the template provider needs a slot grammar in the config (a template section for this ${task} task; see fixtures/generate/), ` +
  'or generate with an LLM: --provider openai with --base-url or OPENAI_BASE_URL / OPENAI_API_KEY';

// generate: OpenAI-compatible endpoint (SynthscopeError, code REMOTE)
export const openaiBadOption = (who: string, name: string, what: string, value: unknown): string =>
  `${who} needs ${name} to be ${what}, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
export const openaiRequestFailed = (prefix: string, what: string, retries: number, detail: string | undefined): string =>
  `${prefix}: ${what}${retries > 0 ? ` after ${plural(retries, 'retry', 'retries')}` : ''}${detail === undefined ? '' : `: ${detail}`}`;
export const openaiNoKeyHint = 'no API key was given (the CLI reads it from OPENAI_API_KEY only)';
export const openaiNoUsage = (prefix: string): string => `${prefix} reports no token usage; token counts and costs are estimates (4 characters a token)`;
export const openaiFormatFallback = (prefix: string, from: string, to: string, detail: string): string =>
  `${prefix} does not take response_format ${from} (${detail}); using ${to === 'none' ? 'the prompt alone' : to} from now on`;
export const whatTimeout = (ms: number): string => `no complete answer within ${ms} ms`;
export const whatHttp = (status: number): string => `HTTP ${status}`;
export const whatConnection = (code: string | null): string => `connection failed${code ? ` (${code})` : ''}`;
export const whatBodyNotJson = 'the response body is not valid JSON';
export const whatNoChoices = 'the response has no choices';
export const whatOther = 'the request failed';

// generate: why an answer was not used (GenerationFailure.reason, and the repair request)
export const reasonRefused = (text: string): string => `the model refused: ${text.replace(/\s+/g, ' ').trim().slice(0, 300)}`;
export const reasonContentFilter = 'the answer was withheld by the content filter';
export const reasonEmptyAnswer = 'the answer is empty';
export const reasonTruncated = 'the answer was cut off at the token limit before its JSON was complete (raise provider.maxTokens)';
export const reasonNotJson = (detail: string): string => `the answer is not valid JSON (${detail})`;
export const reasonAnswerNotObject = (found: string): string => `the answer is ${found}, not a JSON object`;
export const reasonSchema = (issues: string): string => `the answer does not match the schema: ${issues}`;

// generate: output files and runs
export const jsonlBadLine = (path: string, line: number): string =>
  `${path}:${line}: not a JSON line; --resume only continues files synthscope wrote (move the file away to start afresh)`;
export const jsonlNoId = (path: string, line: number): string => `${path}:${line}: the row has no string "id"; --resume cannot tell which item it is`;
export const jsonlDuplicateId = (path: string, line: number, id: string, first: number): string =>
  `${path}:${line}: id "${id}" already appears at line ${first}`;
export const cacheEntryUnreadable = (path: string): string => `ignoring an unreadable response cache entry ${path}`;
export const generateNeedsOut = 'generate needs an output file (out) unless dryRun is set';
export const generateNoExemplars = (k: number): string =>
  `examples.k is ${k} but no examples file was given (--examples or examples.path); prompts have no exemplars`;
export const generateTemplateIgnoresExemplars = 'the template provider does not use few-shot exemplars; they are left out of the rows';
export const generateTornLine = (path: string, bytes: number): string =>
  `${path}: removed a torn last line (${plural(bytes, 'byte')}) left by an interrupted run; its row is generated again`;
export const generateUnplannedRows = (path: string, n: number): string =>
  `${path} has ${plural(n, 'row')} whose ids this config does not plan (was the config changed?); they are kept as they are`;
export const generateStoppedDetail = (finished: number, planned: number, out: string): string =>
  `${finished} of ${planned} rows are in ${out}; rerun with --resume to continue`;
export const generateFailed = (why: string): string => `generation stopped: ${why}`;
export const generateInterrupted = (finished: number, planned: number, out: string): string =>
  `generation interrupted: ${finished} of ${planned} rows are in ${out}; rerun with --resume to continue`;

// generate: the CLI's report (stderr) and dry run (stdout)
export const cliGenerateNeedsOut = 'generate needs --out <file.jsonl> (or --dry-run to plan without writing)';
export const cliBadCount = (flag: string, value: string): string => `${flag} needs a whole number ≥ 1, got ${JSON.stringify(value)}`;
export const genProgress = (done: number, total: number, failed: number): string =>
  `generating: ${done}/${total}${failed > 0 ? ` (${failed} failed)` : ''}`;
export const cliInterrupting = 'stopping: finished rows are kept, requests in flight are dropped (Ctrl-C again to quit at once)';
export const genWrote = (written: number, out: string, skipped: number, fromCache: number, provider: string, model: string): string =>
  `wrote ${plural(written, 'row')} to ${out} (${provider}, ${model})` +
  (skipped > 0 ? `, ${skipped} already there` : '') +
  (fromCache > 0 ? `, ${fromCache} from the response cache` : '');
export const genTokens = (prompt: number, completion: number, requests: number, cachedPrompt: number, cachedCompletion: number): string =>
  `tokens used: ${prompt} prompt + ${completion} completion in ${plural(requests, 'request')}` +
  (cachedPrompt + cachedCompletion > 0 ? ` (${cachedPrompt + cachedCompletion} more replayed from the cache at no cost)` : '');
export const genCost = (amount: number, currency: string): string => `cost: ${amount.toFixed(amount < 0.01 && amount > 0 ? 6 : 4)} ${currency}`;
export const genNoPricing = 'cost: unknown (add pricing: {inputPerMillion, outputPerMillion} to the config)';
export const genTemplateCost = 'tokens used: none, cost: 0 (template provider, offline)';
export const genSomeFailed = (failed: number, planned: number, path: string): string =>
  `${failed} of ${planned} items failed validation and have no row (reasons in ${path}); rerun with --resume to try them again`;
export const dryRunHeader = (task: string, provider: string, model: string, planned: number, done: number, pending: number, cached: number): string =>
  `dry run: ${task} with ${provider} (${model}): ${plural(planned, 'item')} planned` +
  (done > 0 ? `, ${done} already in the output` : '') +
  (provider === 'template' ? `, ${plural(pending, 'row')} to generate offline` : `, ${plural(pending, 'request')} to make`) +
  (cached > 0 ? ` (${cached} answered by the response cache)` : '');
export const dryRunLabel = (label: string, planned: number, pending: number): string => `  ${label}: ${planned} planned, ${pending} to generate`;
export const dryRunRequest = (id: string, variation: string, exemplars: number, tokens: number | null): string =>
  `  ${id}${variation ? `  ${variation}` : ''}${exemplars > 0 ? `  ${plural(exemplars, 'exemplar')}` : ''}${tokens === null ? '' : `  ~${tokens} prompt tokens`}`;
export const dryRunMore = (more: number): string => `  … and ${more} more`;
export const dryRunTokens = (prompt: number, completion: number): string =>
  `estimated tokens: ~${prompt} prompt + at most ${completion} completion (retries and repairs not counted)`;
export const dryRunCost = (low: number, high: number, currency: string): string =>
  `estimated cost: ${low.toFixed(4)} to ${high.toFixed(4)} ${currency} (prompts only, to every answer at max tokens)`;
export const dryRunTemplate = 'no requests and no cost: the template provider generates offline';
export const dryRunSample = 'first request:';

// ---------------------------------------------------------------------------------------------
// evaluate (SynthscopeError, code INPUT)
// ---------------------------------------------------------------------------------------------

export const syntheticEmpty = (path: string): string => `${path}: no synthetic rows to score`;
export const realTooSmall = (path: string, rows: number): string =>
  `${path}: ${rows} real ${rows === 1 ? 'row' : 'rows'}; scoring needs at least 4, to split the real data into a reference half and a holdout half`;

// ---------------------------------------------------------------------------------------------
// config files (SynthscopeError, code INPUT)
// ---------------------------------------------------------------------------------------------

export const configSyntax = (path: string, line: number, detail: string): string => `${path}:${line}: invalid YAML: ${detail}`;
export const configInvalid = (path: string, line: number, key: string, detail: string): string => `${path}:${line}: ${key}: ${detail}`;

// ---------------------------------------------------------------------------------------------
// gate: policies (SynthscopeError INPUT from files, InvalidArgumentError from the library), the
// message of each check, and the CLI's lines
// ---------------------------------------------------------------------------------------------

const didYouMean = (suggestion: string | null): string => (suggestion === null ? '' : ` (did you mean "${suggestion}"?)`);

export const policyUnknownKey = (key: string, known: readonly string[], suggestion: string | null): string =>
  `unknown key "${key}"${didYouMean(suggestion)}; a ${known.includes('metric') ? 'check' : 'policy'} has ${known.join(', ')}`;
export const policyNeedsBound = 'a check needs at least one of min, max, maxAboveBaseline, minBelowBaseline';
export const policyLabelAndPerLabel = 'give label (one label) or perLabel: true (every label), not both';
export const policyMinAboveMax = (min: number, max: number): string => `min (${min}) is more than max (${max}): no value can pass`;
export const policyNegativeMargin = (key: 'maxAboveBaseline' | 'minBelowBaseline'): string =>
  `must be ≥ 0: it is how far the value may ${key === 'maxAboveBaseline' ? 'rise above' : 'fall below'} the real-vs-real baseline`;
export const policyUnknownMetric = (id: string, known: readonly string[], suggestion: string | null): string =>
  `unknown metric id "${id}"${didYouMean(suggestion)}; known ids: ${known.length > 0 ? known.join(', ') : '(none: the results have no metrics)'}`;
export const policyInvalid = (fn: string, key: string, detail: string): string => `${fn}: invalid policy: ${key}: ${detail}`;
export const policyYaml = (fn: string, line: number, detail: string): string => `${fn}: invalid policy: line ${line}: invalid YAML: ${detail}`;
export const gateBadResults = (fn: string, key: string, detail: string): string =>
  `${fn} needs a results object that matches ResultsSchema; ${key}: ${detail}`;

// Why a check could not be evaluated (the start of its message; onMissing decides the verdict).
export const gateNotEvaluated = (subject: string, why: string): string => `${subject}: not evaluated: ${why}`;
export const whyMetricStatus = (status: 'skipped' | 'error', reason: string | undefined): string =>
  `the metric ${status === 'skipped' ? 'was skipped' : 'failed'}${reason ? ` (${reason})` : ''}`;
export const whyLabelStatus = (status: 'skipped' | 'error', reason: string | undefined): string =>
  `the metric ${status === 'skipped' ? 'was skipped' : 'failed'} for this label${reason ? ` (${reason})` : ''}`;
export const whyNoValue = 'the metric has no value';
export const whyNoBaseline = 'the metric has no real-vs-real baseline';
export const whyNoPerLabel = 'the metric has no per-label values in these results';
export const whyLabelAbsent = (label: string, labels: readonly string[]): string =>
  `no per-label value for label "${label}" (labels with values: ${labels.length > 0 ? labels.map((l) => `"${l}"`).join(', ') : 'none'})`;

/** "similarity.precision" or "similarity.precision, label "pos"". */
export const gateSubject = (metric: string, label: string | undefined): string =>
  label === undefined ? metric : `${metric}, label ${JSON.stringify(label)}`;
/** "0.812 (95% CI 0.781–0.843), judged on the CI lower bound 0.781" */
export const gateObserved = (value: string, ci: { lo: string; hi: string; level: number } | null, judgedOn: 'value' | 'lower' | 'upper' | 'no-ci', judged: string): string =>
  `${value}${ci ? ` (${Math.round(ci.level * 100)}% CI ${ci.lo}–${ci.hi})` : ''}` +
  (judgedOn === 'lower' || judgedOn === 'upper'
    ? `, judged on the CI ${judgedOn} bound ${judged}`
    : judgedOn === 'no-ci'
      ? ', judged on the value (no confidence interval)'
      : '');
export const gateAbsolute = (subject: string, observed: string, op: 'min' | 'max', threshold: string, passed: boolean): string =>
  `${subject}: ${observed}: ` +
  (op === 'max' ? `${passed ? 'at most' : 'above'} the maximum ${threshold}` : `${passed ? 'at least' : 'below'} the minimum ${threshold}`);
export const gateRelative = (subject: string, observed: string, op: 'maxAboveBaseline' | 'minBelowBaseline', distance: string, side: 'above' | 'below' | 'equal', baseline: string, threshold: string): string =>
  `${subject}: ${observed}: ${side === 'equal' ? 'equal to' : `${distance} ${side}`} the real-vs-real baseline ${baseline}; ` +
  `at most ${threshold} ${op === 'maxAboveBaseline' ? 'above' : 'below'} it allowed`;

// gate: the CLI
export const gateSummary = (passed: boolean, policy: string, counts: { pass: number; fail: number; warn: number; skipped: number }): string =>
  `gate ${passed ? 'passed' : 'FAILED'} (policy ${policy}): ${[
    counts.pass > 0 ? `${counts.pass} passed` : '',
    counts.fail > 0 ? `${counts.fail} failed` : '',
    counts.warn > 0 ? `${plural(counts.warn, 'warning')}` : '',
    counts.skipped > 0 ? `${counts.skipped} skipped` : '',
  ]
    .filter(Boolean)
    .join(', ') || 'no checks'}`;
export const resultsNotJson = (path: string, detail: string): string => `${path}: not a results.json: invalid JSON (${detail})`;
export const resultsInvalid = (path: string, key: string, detail: string): string => `${path}: not a valid results.json: ${key}: ${detail}`;
export const resultsNewerSchema = (path: string, found: unknown, supported: number): string =>
  `${path}: results.json schemaVersion ${JSON.stringify(found)} is not one this synthscope reads (${supported}); score the data again with this version`;
export const initPolicyExists = (path: string): string => `${path} already exists; pass --force to overwrite it`;
export const initPolicyWrote = (path: string): string => `wrote the default policy to ${path}; edit it, then run: synthscope gate DIR/results.json --policy ${path}`;

// compare: two results.json files
export const compareDifferentEmbedder = (a: string, b: string): string =>
  `the runs used different embedders (${a} and ${b}): embedding-based metrics (similarity, drift on embeddings, near copies) are not comparable`;
export const compareDifferentReal = 'the runs scored against different real data (sha256 differs): baselines and values may move for that reason alone';
export const compareDifferentFields = 'the runs read different text or label fields';
export const compareDifferentLevel = (a: number, b: number): string => `the runs report confidence intervals at different levels (${a} and ${b})`;
