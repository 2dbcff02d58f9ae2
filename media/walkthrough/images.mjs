// Writes the walkthrough's pictures: one SVG per step in a light, a dark and a
// high-contrast palette (package.json `media.image` { light, dark, hc, hcLight }).
// Drawn from shapes, not screenshots, so they stay true when the views change
// their styling and weigh a few kilobytes. Run: node media/walkthrough/images.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const THEMES = {
  light: { bg: '#ffffff', panel: '#f6f8fa', line: '#d0d7de', fg: '#1f2328', muted: '#656d76', accent: '#0969da', red: '#cf222e', green: '#1a7f37', amber: '#9a6700', stroke: 1 },
  dark: { bg: '#1e1e1e', panel: '#252526', line: '#3c3c3c', fg: '#d4d4d4', muted: '#9d9d9d', accent: '#4daafc', red: '#f48771', green: '#89d185', amber: '#cca700', stroke: 1 },
  hc: { bg: '#000000', panel: '#000000', line: '#6fc3df', fg: '#ffffff', muted: '#ffffff', accent: '#6fc3df', red: '#ff6b6b', green: '#89d185', amber: '#ffd700', stroke: 2 },
  hcLight: { bg: '#ffffff', panel: '#ffffff', line: '#0f4a85', fg: '#000000', muted: '#000000', accent: '#0f4a85', red: '#b5200d', green: '#136c00', amber: '#7a5a00', stroke: 2 },
};

const W = 480;
const H = 300;

const text = (t, x, y, fill, size = 13, weight = 'normal') => `<text x="${x}" y="${y}" fill="${fill}" font-size="${size}" font-weight="${weight}" font-family="Segoe UI, Helvetica, Arial, sans-serif">${t}</text>`;
// xml:space: SVG collapses leading spaces, and YAML's indentation is its structure.
const mono = (t, x, y, fill) => `<text x="${x}" y="${y}" fill="${fill}" font-size="12" font-family="Consolas, Menlo, monospace" xml:space="preserve">${t}</text>`;
const rect = (x, y, w, h, fill, c, r = 4, stroke = c.line) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${fill}" stroke="${stroke}" stroke-width="${c.stroke}"/>`;
const frame = (c, title) => [rect(0.5, 0.5, W - 1, H - 1, c.bg, c, 8), rect(12, 12, W - 24, 28, c.panel, c), text(title, 24, 31, c.fg, 13, 'bold')];
const tick = (x, y, c) => `<path d="M${x} ${y + 5} l4 4 l8 -9" fill="none" stroke="${c.green}" stroke-width="2.5"/>`;
const cross = (x, y, c) => `<path d="M${x} ${y} l10 10 M${x + 10} ${y} l-10 10" stroke="${c.red}" stroke-width="2.5"/>`;
const dot = (x, y, c) => `<circle cx="${x + 5}" cy="${y + 5}" r="5" fill="none" stroke="${c.amber}" stroke-width="2"/>`;

const STEPS = {
  'open-pack': (c) => [
    ...frame(c, 'platform-reliability.roadmap.yaml'),
    ...[
      ['pack: 1', c.fg],
      ['title: Reliability &amp; Scale', c.fg],
      ['initiatives:', c.accent],
      ['  - id: db-scaling-1', c.fg],
      ['    owner: infra', c.fg],
      ['    when: 2026-Q3-W1..W8', c.fg],
      ['    depends_on: [gate-pgbouncer]', c.fg],
    ].map(([t, fill], i) => mono(t, 28, 66 + i * 22, fill)),
    // The squiggle under `gate-pgbouncer` (characters 17 to 31 of its line, about 7.25 px each).
    `<path d="M151 208 q4.25 4 8.5 0${' t8.5 0'.repeat(11)}" fill="none" stroke="${c.amber}" stroke-width="1.5"/>`,
    rect(12, 252, W - 24, 32, c.panel, c),
    tick(24, 262, c),
    text('Ship · peak 98%', 44, 273, c.fg, 13),
    text('the status bar: the verdict and the most loaded team', 170, 273, c.muted, 12),
  ],
  preview: (c) => {
    const bars = [
      ['db-scaling-1', 0, 120, true],
      ['slo-framework', 40, 110, false],
      ['db-scaling-2', 120, 140, true],
      ['autoscaling', 150, 90, false],
      ['load-test-3x', 260, 70, true],
    ];
    return [
      ...frame(c, 'Preview: Gantt · Gates · Dependencies · Capacity'),
      ...bars.flatMap(([name, x, w, critical], i) => [
        text(name, 24, 74 + i * 36, c.fg, 12),
        `<rect x="${130 + x}" y="${62 + i * 36}" width="${w}" height="16" rx="3" fill="${critical ? c.red : c.accent}" fill-opacity="${critical ? 0.85 : 0.6}" stroke="${critical ? c.red : c.accent}" stroke-width="${c.stroke}"/>`,
      ]),
      // As the Gantt draws it: red, at the others' weight (the dependency view's is the heavy one).
      text('the critical path, drawn red', 24, 262, c.red, 12, 'bold'),
      text('click a bar to go to its initiative', 24, 282, c.muted, 12),
    ];
  },
  brief: (c) => [
    ...frame(c, 'briefs/db-scaling-1.md'),
    ...['# Database scaling, phase 1', '## Problem', '## Outcome and metrics', '| Metric | Baseline | Target |', '## Milestones', '## Dependencies', '## Risks'].map((t, i) => mono(t, 28, 66 + i * 24, t.startsWith('#') ? c.accent : c.fg)),
    rect(300, 60, 160, 56, c.panel, c),
    text('filled from the pack,', 312, 82, c.fg, 12),
    text('checked against it', 312, 102, c.fg, 12),
  ],
  problems: (c) => [
    ...frame(c, 'Problems'),
    ...[
      [cross, 'RP301 beta → gamma → beta: a dependency cycle'],
      [dot, 'RP502 Infra Squad at 98% of 2026-Q4'],
      [dot, 'RP401 load-test-3x starts before autoscaling ends'],
      [cross, 'RP202 `alpah`: did you mean `alpha`?'],
    ].flatMap(([icon, t], i) => [icon(24, 58 + i * 34, c), text(t, 44, 68 + i * 34, c.fg, 12)]),
    rect(24, 206, 250, 56, c.panel, c),
    `<path d="M40 222 a8 8 0 1 1 10 0 v6 h-10 z" fill="${c.amber}"/>`,
    text('Quick fix: Change to alpha', 62, 230, c.fg, 12),
    text('Quick fix: Remove this edge', 62, 250, c.fg, 12),
  ],
  checklist: (c) => [
    ...frame(c, 'Roadmap Checklist'),
    text('Ship. No dimension below 4; at 4: Diagnosis quality…', 24, 62, c.muted, 12),
    ...[
      [tick, 'Checks', 'all clear', 0],
      [dot, 'Diagnosis quality', '4/5 · 1 to go', 0],
      [dot, 'Every signal has a current value and a target', '6 of 7', 1],
      [null, 'Monthly infra cost (target Budget TBD)', '', 2],
      [tick, 'Guiding policy coherence', '5/5', 0],
      [tick, 'Actionability of coherent actions', '5/5', 0],
      [dot, 'Feasibility and trade-offs', '4/5 · 1 to go', 0],
    ].flatMap(([icon, label, description, depth], i) => {
      const x = 24 + depth * 20;
      const y = 80 + i * 28;
      return [icon ? icon(x, y, c) : `<path d="M${x} ${y + 2} h10 v8 h-10 z" fill="none" stroke="${c.accent}" stroke-width="1.5"/>`, text(label, x + 20, y + 10, icon ? c.fg : c.accent, 12), text(description, 370, y + 10, c.muted, 12)];
    }),
  ],
  reports: (c) => [
    ...frame(c, 'Quality Gate: Reliability &amp; Scale'),
    ...[
      ['Dimension', 'Score', true],
      ['Diagnosis quality', '4'],
      ['Guiding policy coherence', '5'],
      ['Actionability of coherent actions', '5'],
      ['Alignment and stakeholder usefulness', '5'],
      ['Feasibility and trade-offs', '4'],
      ['Measurability and risk management', '4'],
    ].flatMap(([name, score, head], i) => [
      `<line x1="24" x2="${W - 24}" y1="${74 + i * 26}" y2="${74 + i * 26}" stroke="${c.line}" stroke-width="${c.stroke}"/>`,
      text(name, 28, 68 + i * 26, c.fg, 12, head ? 'bold' : 'normal'),
      text(score, 400, 68 + i * 26, head ? c.fg : score === '5' ? c.green : c.amber, 12, 'bold'),
    ]),
    text('Verdict: Ship', 28, 270, c.green, 14, 'bold'),
  ],
};

for (const [step, draw] of Object.entries(STEPS)) {
  for (const [theme, colours] of Object.entries(THEMES)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">\n${draw(colours).join('\n')}\n</svg>\n`;
    writeFileSync(join(here, `${step}-${theme}.svg`), svg);
  }
}
