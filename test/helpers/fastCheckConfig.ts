import fc from 'fast-check';

/**
 * Property tests run with a fixed seed, so CI is deterministic: a red run is a
 * real regression, never a fresh random draw. Set FC_SEED to explore other
 * cases (`FC_SEED=$RANDOM npm run test:unit`); a failure prints the seed and
 * path that reproduce it.
 */
const seed = Number(process.env.FC_SEED ?? 20261125);
fc.configureGlobal({ seed });
