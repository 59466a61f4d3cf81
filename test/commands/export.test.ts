import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_CHANGED_AT } from '../../src/anki/note-type.js';
import { openCollection } from '../../src/store/collection.js';
import { parseDeck } from '../../src/deck/parse-deck.js';
import { cli, tempDir } from '../helpers/cli.js';
import { checkerScript, runChecker } from '../anki/check-apkg.js';
import { smallDeckFile } from '../anki/deck-fixture.js';
import { readApkg } from '../anki/read-apkg.js';

const dir = tempDir('guanhua-export-');
const home = path.join(dir, 'home');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const out = (name: string) => path.join(dir, name);
const run = (...args: string[]) => cli(['--home', home, 'export', ...args]);

function expectChecked(file: string): void {
  const script = checkerScript();
  if (!script) return;
  const r = runChecker(script, file);
  expect(r.output).toMatch(/^ok: /m);
}

describe('guanhua export <deck-file>', () => {
  it('writes an .apkg that Anki accepts', async () => {
    const r = await run(smallDeckFile, '--apkg', out('deck.apkg'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`Exported 4 notes of "国务院常务会议" to ${out('deck.apkg')}\n`);
    expectChecked(out('deck.apkg'));
    const pkg = readApkg(fs.readFileSync(out('deck.apkg')));
    expect(pkg.notes).toHaveLength(4);
  });

  it('adds Recall cards with --recall, and names the notes with nothing to ask', async () => {
    const r = await run(smallDeckFile, '--apkg', out('recall.apkg'), '--recall');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `Exported 4 notes of "国务院常务会议" to ${out('recall.apkg')}\n` +
        'No Recall card for 1 note whose meaning asks nothing once the word is masked: 的\n',
    );
    const pkg = readApkg(fs.readFileSync(out('recall.apkg')));
    expect(pkg.cards.filter((c) => c.ord === 1)).toHaveLength(3);
  });

  it('prints a JSON summary with --json', async () => {
    const deck = parseDeck(fs.readFileSync(smallDeckFile, 'utf8'), smallDeckFile);
    const de = deck.cards.find((c) => c.word === '的')!;
    const r = await run(smallDeckFile, '--apkg', out('json.apkg'), '--recall', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      file: out('json.apkg'), deck: '国务院常务会议', notes: 4, cards: { recognition: 4, recall: 3 }, reviews: 0,
      noRecall: [{ id: de.id, word: '的' }],
    });
    const tsv = await run(smallDeckFile, '--tsv', out('json.tsv'), '--json');
    expect(JSON.parse(tsv.stdout)).toEqual({ file: out('json.tsv'), deck: '国务院常务会议', notes: 4, noRecall: [] });
  });

  it('writes a text-import file with --tsv', async () => {
    const r = await run(smallDeckFile, '--tsv', out('deck.tsv'));
    expect(r.status).toBe(0);
    const text = fs.readFileSync(out('deck.tsv'), 'utf8');
    expect(text.startsWith('#separator:tab\n#html:true\n#notetype:guanhua Chinese\n#deck:国务院常务会议\n')).toBe(true);
  });
});

describe('guanhua export: mistakes', () => {
  it.each([
    [[smallDeckFile], /exactly one of --apkg FILE or --tsv FILE/],
    [[smallDeckFile, '--apkg', out('x.apkg'), '--tsv', out('x.tsv')], /cannot be used with/],
    [[smallDeckFile, '--tsv', out('x.tsv'), '--with-progress'], /--with-progress needs --apkg/],
    [[smallDeckFile, '--tsv', out('x.tsv'), '--recall'], /--recall needs --apkg/],
  ])('usage error, exit 2, nothing written: %j', async (args, message) => {
    const r = await run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^guanhua: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(out('x.apkg')) || fs.existsSync(out('x.tsv'))).toBe(false);
  });

  it('names an unknown deck in one line, exit 1', async () => {
    const r = await run('没有这个词库', '--apkg', out('x.apkg'));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("guanhua: no deck file or collection deck named '没有这个词库'; give a deck file, or a name from 'guanhua due'\n");
    expect(fs.existsSync(out('x.apkg'))).toBe(false);
  });

  it('leaves an existing file untouched when the deck file is bad', async () => {
    const bad = out('bad.json');
    fs.writeFileSync(bad, '{"format": "something else"}');
    fs.writeFileSync(out('keep.apkg'), 'old');
    const r = await run(bad, '--apkg', out('keep.apkg'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: .*bad\.json: not a guanhua deck/);
    expect(fs.readFileSync(out('keep.apkg'), 'utf8')).toBe('old');
  });

  it('reports a directory that does not exist, writing nothing', async () => {
    const r = await run(smallDeckFile, '--apkg', path.join(dir, 'no-such-dir', 'x.apkg'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: cannot write .*no-such-dir/);
  });
});

describe('guanhua export --with-progress (from the collection)', () => {
  const deck = parseDeck(fs.readFileSync(smallDeckFile, 'utf8'), smallDeckFile);
  beforeAll(() => {
    const c = openCollection(home);
    try {
      c.addDeck(deck, new Date('2026-03-01T08:00:00Z'));
      c.answer(deck.cards[0].id, 3, new Date('2026-03-01T09:00:00Z'), 3000);
      c.answer(deck.cards[0].id, 3, new Date('2026-03-01T09:10:00Z'), 2500);
      c.answer(deck.cards[0].id, 4, new Date('2026-03-05T09:00:00Z'), 2000);
      c.answer(deck.cards[1].id, 1, new Date('2026-03-05T09:01:00Z'), 9000);
      c.suspend(deck.cards[2].id, new Date('2026-03-05T09:02:00Z'));
    } finally {
      c.close();
    }
  });

  it('by deck name: scheduling, memory state and review log', async () => {
    const r = await run(deck.name, '--apkg', out('progress.apkg'), '--with-progress');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('4 reviews');
    expectChecked(out('progress.apkg'));
    const pkg = readApkg(fs.readFileSync(out('progress.apkg')));
    const byGuid = new Map(pkg.notes.map((n) => [n.guid, n.id]));
    const card = (i: number) => pkg.cards.find((c) => c.nid === byGuid.get(deck.cards[i].id))!;
    expect(card(0)).toMatchObject({ type: 2, queue: 2, reps: 3 });
    expect(JSON.parse(card(0).data)).toMatchObject({ dr: 0.9 });
    expect(card(1)).toMatchObject({ type: 1, queue: 1, reps: 1 });
    expect(card(2).queue).toBe(-1);
    expect(card(3)).toMatchObject({ type: 0, queue: 0 });
    expect(pkg.revlog.map((r) => r.ease)).toEqual([3, 3, 4, 1]);
    expect(pkg.conf.schedVer).toBe(2);
  });

  it('by deck file: progress of the cards the collection knows', async () => {
    const r = await run(smallDeckFile, '--apkg', out('progress-file.apkg'), '--with-progress');
    expect(r.status).toBe(0);
    const pkg = readApkg(fs.readFileSync(out('progress-file.apkg')));
    expect(pkg.revlog).toHaveLength(4);
  });

  it('without --with-progress, a collection deck exports as new cards', async () => {
    const r = await run(deck.name, '--apkg', out('plain.apkg'));
    expect(r.status).toBe(0);
    const pkg = readApkg(fs.readFileSync(out('plain.apkg')));
    expect(pkg.cards.every((c) => c.type === 0 && c.queue === 0)).toBe(true);
    expect(pkg.revlog).toEqual([]);
    // Notes dated by their content (added 2026-03-01, before guanhua's note format), not by the export.
    expect(new Set(pkg.notes.map((n) => n.mod))).toEqual(new Set([FORMAT_CHANGED_AT.getTime() / 1000]));
  });
});
