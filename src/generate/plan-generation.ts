import { createRng } from '../core/rng.js';
import { allocateCounts } from './allocate-counts.js';
import type { GenerateConfig } from './config-schema.js';
import { itemSeed } from './item-seed.js';
import { labelSlug } from './label-slug.js';
import { pickExemplars } from './pick-exemplars.js';
import { sampleVariation } from './sample-variation.js';
import type { ExemplarRow, Passage, PlannedItem } from './types.js';

/** Digits of the per-label ordinal in ids; fixed, so changing a count never renames other items. */
const ORDINAL_DIGITS = 4;

/** The passages of a qa config with ids: their own, else `passage-<n>` (1-based). */
function configPassages(config: GenerateConfig): Passage[] {
  if (config.task !== 'qa' || !config.passages) return [];
  return config.passages.map((p, i) =>
    typeof p === 'string' ? { id: `passage-${i + 1}`, title: null, text: p } : { id: p.id ?? `passage-${i + 1}`, title: p.title ?? null, text: p.text },
  );
}

/**
 * Every item a config asks for, fixed before any request: for each label in config order (or
 * one unlabeled group), `count` items with ids `<label slug>-0001`, `-0002`, … (`<task>-0001`
 * without labels). Each item has its own seed (`itemSeed(config.seed, id)`) from which its
 * variation (`sampleVariation`) and then its few-shot exemplars (`pickExemplars`, k from
 * `config.examples.k`) are drawn, so an item is the same whatever else the plan holds. QA
 * passages are dealt out round-robin in an order shuffled once with the run seed.
 *
 * @example
 * planGeneration(parseGenerateConfig(yaml)).map((item) => item.id);
 * // ['positive-0001', …, 'positive-0010', 'neutral-0001', …]
 */
export function planGeneration(config: GenerateConfig, exemplars: readonly ExemplarRow[] = []): PlannedItem[] {
  const groups = config.labels
    ? (() => {
        const counts = allocateCounts(config.labels, config.total);
        return config.labels.map((l, i) => ({ label: l.name, labelIndex: i as number | null, prefix: labelSlug(l.name), count: counts[i] }));
      })()
    : [{ label: null, labelIndex: null, prefix: config.task, count: config.count ?? config.total ?? 0 }];

  const passages = configPassages(config);
  const passageOrder = createRng(itemSeed(config.seed, '#passages')).shuffle(passages.map((_, i) => i));
  const k = config.examples?.k ?? 0;
  const sameLabel = config.examples?.sameLabel ?? true;

  const items: PlannedItem[] = [];
  for (const group of groups) {
    for (let ordinal = 1; ordinal <= group.count; ordinal++) {
      const id = `${group.prefix}-${String(ordinal).padStart(ORDINAL_DIGITS, '0')}`;
      const seed = itemSeed(config.seed, id);
      const rng = createRng(seed);
      const variation = sampleVariation(config.variation, rng);
      const picked = pickExemplars(exemplars, k, rng, sameLabel ? group.label : null);
      const index = items.length;
      items.push({
        id,
        index,
        label: group.label,
        labelIndex: group.labelIndex,
        seed,
        variation,
        exemplars: picked,
        passage: passages.length > 0 ? passages[passageOrder[index % passages.length]] : null,
      });
    }
  }
  return items;
}
