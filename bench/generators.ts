/**
 * The bench's pack generators, structurally different on purpose (the figures
 * of one shape flatter it): every table reports each of them and the worst.
 */
import { generateFlowStyle } from './generateFlowStyle';
import { generatePack } from './generatePack';
import { generateWorkedShape } from './generateWorkedShape';

export interface Generator {
  name: string;
  generate: (n: number, seed?: number) => string;
}

export const GENERATORS: Generator[] = [
  { name: 'columns', generate: generatePack },
  { name: 'worked-shape', generate: generateWorkedShape },
  { name: 'flow-style', generate: generateFlowStyle },
];

export function generatorNamed(name: string): Generator {
  const found = GENERATORS.find((generator) => generator.name === name);
  if (!found) throw new Error(`no generator named ${name} (${GENERATORS.map((g) => g.name).join(', ')})`);
  return found;
}
