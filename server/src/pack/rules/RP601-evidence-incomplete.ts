import type { Finding } from '../diagnostic';
import { incompleteEvidence, listAnd } from '../strategy/completeness';
import type { Rule } from './rule';

export const evidenceIncomplete: Readonly<Rule<'RP601'>> = {
  code: 'RP601',
  name: 'evidence-incomplete',
  severity: 'hint',
  summary: "The strategy's diagnosis has no evidence, or evidence without a current value and a target.",
  check: ({ model, span }) => {
    const evidence = model.input.strategy?.diagnosis?.evidence;
    if (!evidence || evidence.length === 0) {
      const at = model.input.strategy ? span(['strategy'], 'key') : span(['title'], 'key');
      return [{ code: 'RP601', message: 'The diagnosis has no evidence: add `strategy.diagnosis.evidence` rows with a signal, its current value and its target, so readers can see the gap.', span: at }];
    }
    return incompleteEvidence(model).map(({ index, missing }): Finding => ({ code: 'RP601', message: `Evidence "${evidence[index].signal}" has no ${listAnd(missing)}.`, span: span(['strategy', 'diagnosis', 'evidence', index, 'signal']) }));
  },
};
