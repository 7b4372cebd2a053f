import type { Results } from '../core/results-schema.js';
import { allocateCounts } from '../generate/allocate-counts.js';
import type { Choice, GenerateConfig } from '../generate/config-schema.js';
import { parseGenerateConfig } from '../generate/parse-generate-config.js';
import { taskKind } from '../generate/tasks/task-kinds.js';
import type { ExemplarRow } from '../generate/types.js';
import { countWords } from '../io/count-words.js';
import type { Dataset } from '../io/types.js';
import type { Change } from './history-schema.js';
import {
  changeCounts,
  changeCountsSame,
  changeExemplars,
  changeFlatten,
  changeInstruction,
  changeKnobValues,
  changeNoClusters,
  changeReseed,
  changeTemperature,
  changeTemplateOffline,
  NOTES,
} from './messages.js';
import type { RefineSpec } from './pipeline-config-schema.js';
import type { RefinementPlan } from './plan-refinement.js';
import { underCoveredExemplars } from './under-covered-exemplars.js';

export interface ApplyRefinementInput {
  /** The config and exemplar pool the last round used. */
  config: GenerateConfig;
  exemplars: readonly ExemplarRow[];
  plan: RefinementPlan;
  /** The last round's gated results. */
  results: Results;
  real: Dataset;
  provider: 'openai' | 'template';
  refine: RefineSpec;
  /** The round being prepared (2, 3, …) and the seed of the config as written: round k generates with seed + k − 1. */
  round: number;
  baseSeed: number;
}

export interface AppliedRefinement {
  config: GenerateConfig;
  exemplars: ExemplarRow[];
  changes: Change[];
}

const KNOBS = ['topics', 'personas', 'styles', 'lengths'] as const;
/** Most exemplars kept in the pool drawn from under-represented clusters (k per prompt are drawn from it). */
const EXEMPLAR_POOL = 24;
const value = (c: Choice): string => (typeof c === 'string' ? c : c.value);
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Type-7 quantile of sorted numbers (numpy's default), rounded to a whole number of words. */
function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return Math.round(sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]));
}

/**
 * The generation config of the next round, changed for what the last one failed (`planRefinement`).
 * Changes carry over from round to round (a raised temperature stays raised), and every change is
 * returned in words for the history. Every round first gets a new generation seed (`baseSeed +
 * round − 1`), so the rows it makes anew are fresh draws. Then, per action:
 *
 * | action | LLM (`openai`) | offline (`template`) |
 * |---|---|---|
 * | diversify | temperature + step (to `maxTemperature`), knob weights dropped, `refine.personas`/`styles` added, a "vary it" sentence | knob weights dropped |
 * | closer-to-real | few-shot exemplars from the real rows of under-represented clusters (drift.clusters), a "write like them" sentence | nothing (no exemplars offline) |
 * | sharpen-labels | temperature − step (unless diversify too), "unmistakably <label>, never <others>" | nothing |
 * | rebalance-labels | label counts to the real label shares | the same |
 * | match-lengths | "about N words" from the real rows of the label | nothing |
 * | avoid-copies / avoid-pii / balance-groups | a sentence asking for it | nothing |
 *
 * Sentences go into the `instructions` of the labels being regenerated (the system prompt when the
 * task has no labels) and are added once. The template provider is never given sentences, since
 * a grammar may print `{instructions}`; offline, refinement is new seeds, flatter knobs and label
 * counts, and the history says so.
 *
 * @example
 * applyRefinement({ config, exemplars: [], plan, results, real, provider: 'openai', refine, round: 2, baseSeed: 7 }).changes;
 * // [{ action: 'reseed', target: 'all', detail: 'generation seed 7 → 8: fresh draws of …' },
 * //  { action: 'diversify', target: 'all', detail: 'temperature 0.9 → 1.1' }, …]
 */
export function applyRefinement(input: ApplyRefinementInput): AppliedRefinement {
  const { plan, results, real, provider, refine } = input;
  const next = structuredClone(input.config) as GenerateConfig;
  let exemplars = [...input.exemplars];
  const changes: Change[] = [];
  const add = (action: string, target: string, detail: string) => changes.push({ action, target, detail });
  const llm = provider === 'openai';
  const has = (a: string) => plan.actions.some((x) => x.action === a);
  const labelNames = (next.labels ?? []).map((l) => String(l.name));

  const seed = (input.baseSeed + input.round - 1) % 2 ** 32;
  if (seed !== next.seed) add('reseed', 'all', changeReseed(next.seed, seed, provider));
  next.seed = seed;

  /** Adds a sentence to the prompts of some labels (all when null), once. */
  const instruct = (action: string, labels: string[] | null, note: (label: string) => string) => {
    if (!llm || !refine.instructions) return;
    if (!next.labels) {
      const system = next.prompt?.system ?? taskKind(next.task).defaultPrompt.system;
      const text = note('');
      if (!system.includes(text)) {
        next.prompt = { ...(next.prompt ?? {}), system: `${system} ${text}` };
        add(action, 'all', changeInstruction(text));
      }
      return;
    }
    for (const spec of next.labels) {
      const name = String(spec.name);
      if (labels !== null && !labels.includes(name)) continue;
      const text = note(name);
      if (spec.instructions?.includes(text)) continue;
      spec.instructions = spec.instructions ? `${spec.instructions} ${text}` : text;
      add(action, name, changeInstruction(text));
    }
  };
  const offline = (action: string) => add(action, 'all', changeTemplateOffline(action));

  const temperature = next.provider.temperature;
  const step = has('diversify') && !has('sharpen-labels') ? refine.temperatureStep : has('sharpen-labels') && !has('diversify') ? -refine.temperatureStep : 0;
  const nextTemperature = round2(Math.min(refine.maxTemperature, Math.max(refine.minTemperature, temperature + step)));

  for (const { action, labels } of plan.actions) {
    switch (action) {
      case 'diversify': {
        const flattened = KNOBS.filter((k) => next.variation[k]?.some((c) => typeof c !== 'string'));
        for (const k of flattened) next.variation[k] = next.variation[k]!.map(value);
        if (flattened.length > 0) add(action, 'all', changeFlatten(flattened));
        if (llm) {
          for (const [knob, extra] of [['personas', refine.personas], ['styles', refine.styles]] as const) {
            const have = (next.variation[knob] ?? []).map(value);
            const added = extra.map(value).filter((v) => !have.includes(v));
            if (added.length === 0) continue;
            next.variation[knob] = [...(next.variation[knob] ?? []), ...added];
            add(action, 'all', changeKnobValues(knob, added));
          }
          instruct(action, labels, () => NOTES.diversify);
        } else if (flattened.length === 0) offline(action);
        break;
      }
      case 'closer-to-real': {
        if (!llm) {
          offline(action);
          break;
        }
        if (refine.exemplars > 0) {
          const found = underCoveredExemplars(results, real, EXEMPLAR_POOL);
          if (found.exemplars.length > 0) {
            exemplars = found.exemplars;
            const k = Math.max(next.examples?.k ?? 0, refine.exemplars);
            next.examples = { ...(next.examples ?? { textField: 'text', labelField: 'label' }), k, sameLabel: true };
            add(action, 'all', changeExemplars(found.exemplars.length, found.clusters.length, found.clusters.map((c) => c.keywords.slice(0, 4).join(', ')).filter(Boolean), k));
          } else add(action, 'all', changeNoClusters);
        }
        instruct(action, labels, () => NOTES.closerToReal);
        break;
      }
      case 'sharpen-labels': {
        if (!llm) {
          offline(action);
          break;
        }
        instruct(action, labels, (name) => {
          const spec = next.labels?.find((l) => String(l.name) === name);
          return NOTES.sharpen(name, spec?.description, labelNames.filter((l) => l !== name));
        });
        break;
      }
      case 'rebalance-labels': {
        if (!next.labels) break;
        const current = allocateCounts(next.labels, next.total);
        const realCounts = next.labels.map((l) => results.labels.real[String(l.name)] ?? 0);
        const target = allocateCounts(
          next.labels.map((_, i) => (realCounts[i] > 0 ? { weight: realCounts[i] } : { count: current[i] })),
          current.reduce((s, n) => s + n, 0),
        );
        const moves = next.labels.map((l, i) => ({ label: String(l.name), from: current[i], to: target[i] })).filter((m) => m.from !== m.to);
        next.labels.forEach((l, i) => {
          l.count = target[i];
          delete l.weight;
        });
        delete next.total;
        add(action, 'all', moves.length > 0 ? changeCounts(moves) : changeCountsSame);
        break;
      }
      case 'match-lengths': {
        if (!llm) {
          offline(action);
          break;
        }
        const lengthNote = (name: string): string => {
          const words = real.rows.filter((r) => name === '' || String(r.label) === name).map((r) => countWords(r.text)).sort((a, b) => a - b);
          const all = words.length > 0 ? words : real.rows.map((r) => countWords(r.text)).sort((a, b) => a - b);
          return NOTES.lengths(quantile(all, 0.5), quantile(all, 0.25), quantile(all, 0.75));
        };
        instruct(action, labels, lengthNote);
        break;
      }
      case 'avoid-copies':
      case 'avoid-pii':
      case 'balance-groups': {
        if (!llm) {
          offline(action);
          break;
        }
        const note = action === 'avoid-copies' ? NOTES.avoidCopies : action === 'avoid-pii' ? NOTES.avoidPii : NOTES.balanceGroups;
        instruct(action, labels, () => note);
        break;
      }
      case 'reseed':
        break;
    }
  }
  if (llm && nextTemperature !== temperature) {
    next.provider.temperature = nextTemperature;
    add(step > 0 ? 'diversify' : 'sharpen-labels', 'all', changeTemperature(temperature, nextTemperature));
  }
  return { config: parseGenerateConfig(next as unknown as Record<string, unknown>), exemplars, changes };
}
