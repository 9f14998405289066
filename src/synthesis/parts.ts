// The other parts of the reviews in the synthesis (issue 9: review profile, review process,
// crises, report parts; national plans, priorities, pledges, Progress Declaration): the small
// functions of those parts (review-parts.ts, plan-pledges.ts) turned into sections of the
// synthesis model, every count split between Member States and other submitters. A part no kept
// review has is left out.
import type { SynthesisWords } from '../i18n/synthesis.js';
import type { Review } from '../schema/types.js';
import type { PartSection, SynthesisInput } from './index.js';
import { planParts } from './parts-plans.js';
import { reviewParts } from './parts-review.js';

export interface PartsContext {
  lang: string;
  words: SynthesisWords;
  /** True for a Member State's review. */
  split: (r: Review) => boolean;
}

export function otherParts(inputs: readonly SynthesisInput[], ctx: PartsContext): PartSection[] {
  return [...reviewParts(inputs, ctx), ...planParts(inputs, ctx)];
}
