/**
 * WCAG 2 relative luminance and contrast ratio of computed CSS colours, in the
 * test process (measure.ts has its own copy inside the page's script, which
 * cannot import).
 */
export type Rgb = [number, number, number];

/** `rgb(…)` or `rgba(…)` as getComputedStyle writes it. */
export function rgb(colour: string): Rgb {
  const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(colour);
  if (!match) throw new Error(`not a computed colour: ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}
