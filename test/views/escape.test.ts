import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { SafeIds, entity, label } from '../../server/src/pack/views';
import { shownText } from './shape';

describe('views: label escaping', () => {
  it('lets `&` and `%` through raw only before a space that is still there after invisible characters are dropped', () => {
    assert.equal(label('a & \u200b', 'gantt-task'), `a ${entity('&')}`);
    assert.equal(label('x % \u200b', 'flowchart'), `x ${entity('%')}`);
    assert.equal(label('x % \u200b', 'title'), `x ${entity('%')}`);
    assert.equal(label('a &\u200b b', 'flowchart'), 'a & b');
    assert.equal(label('Tracing & more', 'flowchart'), 'Tracing & more');
  });

  it('leaves ordinary titles as they are', () => {
    for (const title of ['DB scaling Phase 1 -- connection pooling + job isolation', 'Deployment safety (canary + auto-rollback)', "Redis migration go/no-go? Yes!", 'CI/CD for services', 'under_score 3x']) {
      assert.equal(label(title, 'gantt-task'), title);
      assert.equal(label(title, 'flowchart'), title);
    }
  });

  it('writes every structural character as a numeric entity', () => {
    const cases: [string, string][] = [
      [':', '#58;'], ['#', '#35;'], [';', '#59;'], ['"', '#34;'], ['`', '#96;'], ['%', '#37;'], ['{', '#123;'], ['}', '#125;'],
      ['<', '#60;'], ['>', '#62;'], ['[', '#91;'], [']', '#93;'], ['|', '#124;'], ['&', '#38;'], ['=', '#61;'], ['~', '#126;'],
      ['$', '#36;'], ['*', '#42;'], ['\\', '#92;'], ['@', '#64;'], ['^', '#94;'],
    ];
    for (const [char, code] of cases) assert.equal(label(`a${char}b`, 'flowchart'), `a${code}b`, char);
  });

  it('breaks `$$` (Mermaid math) and `fa:fa-` (a Font Awesome icon) with a zero-width space', () => {
    assert.equal(label('$$x^2$$', 'flowchart'), '#36;#8203;#36;x#94;2#36;#8203;#36;');
    assert.equal(label('fa:fa-car', 'flowchart'), 'fa#58;#8203;fa-car');
    assert.equal(shownText(label('$$x$$ fa:fa-car', 'flowchart')).replace(/\u200b/g, ''), '$$x$$ fa:fa-car');
    assert.equal(label('$ 5 and a: fa', 'flowchart'), '#36; 5 and a: fa');
  });

  it('turns %%{init}%%, <script> and arrows into text', () => {
    assert.equal(label('%%{init: {"theme": "dark"}}%%', 'gantt-task'), '#37;#37;#123;init#58; #123;#34;theme#34;#58; #34;dark#34;#125;#125;#37;#37;');
    assert.equal(label('<script>alert(1)</script>', 'flowchart'), '#60;script#62;alert(1)#60;/script#62;');
    assert.equal(label('a --> b', 'flowchart'), 'a --#62; b');
  });

  it('makes any whitespace one space: no label spans two lines', () => {
    assert.equal(label('one\ntwo\r\nthree\rfour\u2028five\u2029six\tseven\u00a0eight\u0085nine  ten', 'timeline'), 'one two three four five six seven eight nine ten');
    assert.equal(label('  padded  ', 'flowchart'), 'padded');
  });

  it('keeps letters of every script, encodes symbols and emoji, drops control and format characters', () => {
    assert.equal(label('数据库 é ü Ωmega', 'flowchart'), '数据库 é ü Ωmega');
    assert.equal(label('e\u0301', 'flowchart'), 'e\u0301'); // a combining accent stays with its letter
    assert.equal(label('🚀 launch', 'flowchart'), '#128640; launch');
    assert.equal(label('\u202Eevil\u202C zero\u200Bwidth\u0007', 'flowchart'), 'evil zerowidth');
    assert.equal(label('lone \ud800 surrogate', 'flowchart'), 'lone #65533; surrogate');
  });

  it("never writes the characters of Mermaid's entity placeholders, so a pack cannot forge one", () => {
    const forged = label('ﬂ°°60¶ßscript', 'flowchart');
    assert.equal(forged, '#64258;#176;#176;60#182;#223;script');
    assert.equal(shownText(forged), 'ﬂ°°60¶ßscript');
  });

  it('guards a keyword or a date at the start of a gantt task or timeline line, and only there', () => {
    assert.equal(label('click here', 'gantt-task'), '#99;lick here');
    assert.equal(label('Section two', 'gantt-task'), '#83;ection two');
    assert.equal(label('2026-01-01 kickoff', 'timeline'), '#50;026-01-01 kickoff');
    assert.equal(label('click here', 'flowchart'), 'click here');
    assert.equal(label('3x traffic load test', 'gantt-task'), '3x traffic load test');
    assert.equal(shownText(label('click here', 'gantt-task')), 'click here');
  });

  it('is never empty: the fallback, then "untitled"', () => {
    assert.equal(label('   ', 'gantt-task', { fallback: 'db-scaling-1' }), 'db-scaling-1');
    assert.equal(label(undefined, 'gantt-task'), 'untitled');
    assert.equal(label('\u200b', 'flowchart', { fallback: '' }), 'untitled');
    assert.equal(label(42, 'flowchart'), '42');
  });

  it('shortens long text by characters before escaping, never inside an entity', () => {
    const long = label(':'.repeat(500), 'flowchart', { maxLength: 20 });
    assert.equal(long, '#58;'.repeat(17) + '...');
    assert.equal(Array.from(shownText(label('🚀'.repeat(300), 'flowchart'))).length, 160);
  });

  it('property: output is one line of whitelisted characters and whole entities', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const out = label(text, 'gantt-task');
        assert.ok(/^[\p{L}\p{M}\p{N} .,\-_()/+'?!#;]+$/u.test(out), out);
        assert.equal(out.replace(/#\d+;/g, '').includes('#') || out.replace(/#\d+;/g, '').includes(';'), false, out);
        assert.ok(!/[ﬂ°¶ß]/.test(out.replace(/#\d+;/g, '')), out);
      }),
    );
  });

  it('property: printable ASCII shows exactly as written (after whitespace is collapsed)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const expected = text.replace(/\s+/g, ' ').trim() || 'untitled';
        assert.equal(shownText(label(text, 'flowchart', { maxLength: 1000 })), expected);
      }),
    );
  });

  it('keeps `&` before a space everywhere, and `:` and `%` before a space where no lexer reads them', () => {
    assert.equal(label('Reliability & Scale', 'gantt-task'), 'Reliability & Scale');
    assert.equal(label('Decision: go, 98% of capacity', 'flowchart'), 'Decision: go, 98% of capacity');
    assert.equal(label('Decision: go, 98% of capacity', 'xychart'), 'Decision: go, 98% of capacity');
    assert.equal(label('Decision gates: Q3', 'title'), 'Decision gates: Q3');
    // A gantt task name ends at `:`, a timeline event starts with `: `, sections stop at `:`.
    assert.equal(label('Pre-work: gap 5% done', 'gantt-task'), 'Pre-work#58; gap 5#37; done');
    assert.equal(label('Decision: go', 'timeline'), 'Decision#58; go');
    assert.equal(label('Q3: infra', 'gantt-section'), 'Q3#58; infra');
    // Not before a space: an entity, `%%`, a URL scheme or a style rule could form.
    assert.equal(label('R&D &amp; &#60;', 'flowchart'), 'R#38;D #38;amp#59; #38;#35;60#59;');
    assert.equal(label('%% x %%{init}', 'flowchart'), '#37;% x #37;#37;#123;init#125;');
    assert.equal(label('javascript:alert(1) style a:#f00;', 'flowchart'), 'javascript#58;alert(1) style a#58;#35;f00#59;');
    assert.equal(label('ends with &', 'flowchart'), 'ends with #38;');
  });

  it('property: in every context, no `%%` and no style rule can form, and the text shows as written', () => {
    const contexts = ['gantt-task', 'gantt-section', 'title', 'flowchart', 'timeline', 'xychart'] as const;
    const pieces = fc.constantFrom('&', ':', '%', ' ', '#', ';', 'style', 'classDef', 'a', '1', 'f00', '{', 'init', '}');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')), fc.constantFrom(...contexts), (text, context) => {
        const out = label(text, context, { maxLength: 1000 });
        assert.ok(!out.includes('%%'), out);
        assert.ok(!/(?:style|classDef).*:\S*#.*;/.test(out), out);
        assert.equal(shownText(out), text.replace(/\s+/g, ' ').trim() || 'untitled');
      }),
    );
  });

  it('entity() encodes by code point', () => {
    assert.equal(entity(':'), '#58;');
    assert.equal(entity('🚀'), '#128640;');
  });

  it('SafeIds counts per prefix and maps back to pack ids', () => {
    const ids = new SafeIds();
    assert.deepEqual([ids.next('t', 'a'), ids.next('t', 'b'), ids.next('g', 'gate'), ids.next('a')], ['t1', 't2', 'g1', 'a1']);
    assert.deepEqual(ids.sourceMap, { t1: 'a', t2: 'b', g1: 'gate' });
  });
});
