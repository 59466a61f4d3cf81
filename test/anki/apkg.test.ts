import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApkg } from '../../src/anki/apkg.js';
import { FIELD_NAMES, FORMAT_CHANGED_AT, NOTE_TYPE_NAME } from '../../src/anki/note-type.js';
import { dayNumber } from '../../src/anki/ids.js';
import type { ExportInput, ExportOptions } from '../../src/anki/types.js';
import { checkerScript, runChecker } from './check-apkg.js';
import { CONTENT_DATE, inputOf, smallDeck } from './deck-fixture.js';
import { simulate } from './history.js';
import { fieldsOf, readApkg, type ReadPackage } from './read-apkg.js';

const now = new Date('2026-03-10T12:00:00Z');
const opts: ExportOptions = { recall: false, withProgress: false, now };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-apkg-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The rules of Anki's importer this exporter relies on, asserted independently of the shared checker. */
function assertAnkiRules(pkg: ReadPackage): void {
  expect(pkg.entries).toEqual(['collection.anki2', 'media']);
  expect(pkg.media).toEqual({});
  expect(pkg.tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
  expect(pkg.col.ver).toBe(11);
  expect(pkg.conf.schedVer).toBe(2);
  const models = Object.entries(pkg.models);
  expect(models).toHaveLength(1);
  const [mid, model] = models[0];
  expect(model.id).toBe(mid);
  expect(model.name).toBe(NOTE_TYPE_NAME);
  expect(model.flds.map((f) => f.name)).toEqual([...FIELD_NAMES]);
  expect(model.flds.map((f) => f.ord)).toEqual(FIELD_NAMES.map((_, i) => i));
  const deckIds = new Set(Object.values(pkg.decks).map((d) => d.id));
  const tomorrow = Date.now() + 86_400_000;
  for (const n of pkg.notes) {
    expect(n.mid).toBe(Number(mid));
    const fields = n.flds.split('\u001f');
    expect(fields).toHaveLength(FIELD_NAMES.length);
    // csum: first 4 bytes of sha1 of the stripped sort field (our Hanzi field is plain escaped text).
    const plain = fields[0].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(n.sfld).toBe(plain);
    expect(n.csum).toBe(createHash('sha1').update(plain).digest().readUInt32BE(0));
    expect(n.id).toBeLessThan(tomorrow);
  }
  expect(new Set(pkg.notes.map((n) => n.guid)).size).toBe(pkg.notes.length);
  const noteIds = new Set(pkg.notes.map((n) => n.id));
  const seen = new Set<string>();
  for (const c of pkg.cards) {
    expect(noteIds.has(c.nid)).toBe(true);
    expect(deckIds.has(c.did)).toBe(true);
    expect(c.ord).toBeLessThan(model.tmpls.length);
    expect(seen.has(`${c.nid}:${c.ord}`)).toBe(false);
    seen.add(`${c.nid}:${c.ord}`);
    expect([0, 1, 2, 3]).toContain(c.type);
    expect(c.id).toBeLessThan(tomorrow);
    if (c.data !== '{}') {
      const d = JSON.parse(c.data) as Record<string, number>;
      if ('s' in d) {
        expect(d.s).toBeGreaterThan(0);
        expect(d.d).toBeGreaterThanOrEqual(1);
        expect(d.d).toBeLessThanOrEqual(10);
        expect(d.dr).toBeGreaterThan(0);
        expect(d.dr).toBeLessThan(1);
      }
    }
  }
  for (const n of pkg.notes) expect(pkg.cards.some((c) => c.nid === n.id)).toBe(true);
  const cardIds = new Set(pkg.cards.map((c) => c.id));
  for (const r of pkg.revlog) {
    expect(cardIds.has(r.cid)).toBe(true);
    expect(r.ease).toBeGreaterThanOrEqual(1);
    expect(r.ease).toBeLessThanOrEqual(4);
  }
}

/** Writes the package and, when the shared checker is available, runs it strictly. */
function check(bytes: Uint8Array, name: string): ReadPackage {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const script = checkerScript();
  if (script) {
    const r = runChecker(script, file);
    expect(r.output).toMatch(/^ok: /m);
    expect(r.status).toBe(0);
  }
  const pkg = readApkg(bytes);
  assertAnkiRules(pkg);
  return pkg;
}

describe('buildApkg: a deck file', () => {
  const pkg = check(buildApkg(inputOf(smallDeck()), opts), 'small.apkg');

  it('has one note and one Recognition card per deck card, in deck order, as new cards', () => {
    expect(pkg.notes.map((n) => n.guid)).toEqual(smallDeck().cards.map((c) => c.id));
    expect(Object.values(pkg.models)[0].tmpls.map((t) => t.name)).toEqual(['Recognition']);
    expect(pkg.cards.map((c) => [c.ord, c.type, c.queue, c.due])).toEqual([[0, 0, 0, 1], [0, 0, 0, 2], [0, 0, 0, 3], [0, 0, 0, 4]]);
    expect(pkg.revlog).toEqual([]);
  });

  it('names the deck after the deck and files the cards in it', () => {
    const deck = Object.values(pkg.decks).find((d) => d.name === '国务院常务会议');
    expect(deck).toBeDefined();
    expect(pkg.cards.every((c) => c.did === deck!.id)).toBe(true);
  });

  it('fills the fields: hanzi, traditional only when different, pinyin by tone, example highlighted', () => {
    const f = fieldsOf(pkg, pkg.notes[0]);
    expect(f.Hanzi).toBe('局长');
    expect(f.Traditional).toBe('局長');
    expect(f.Pinyin).toBe('<span class="tone2">jú</span> <span class="tone3">zhǎng</span>');
    expect(f.Meaning).toBe('director of a bureau; &lt;b&gt;chief&lt;/b&gt; &amp; head');
    expect(f.HSK).toBe('HSK 3.0 level 4; HSK 2.0 level 5');
    expect(f.Frequency).toBe('3× in the article; Zipf 4.21');
    expect(fieldsOf(pkg, pkg.notes[1]).Traditional).toBe('');
    expect(fieldsOf(pkg, pkg.notes[1]).Example).toBe('会议<b class="hl">部署</b>推进高质量发展。');
  });

  it('escapes every field: <script> and & in an article never become markup', () => {
    const f = fieldsOf(pkg, pkg.notes[0]);
    expect(f.Example).toBe('<b class="hl">局长</b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 副<b class="hl">局长</b>出席会议');
    expect(f.Source).toBe('李强主持召开国务院常务会议 &lt;研究&gt; 部署 &amp; 推进');
    const all = pkg.notes.map((n) => n.flds).join('\n');
    expect(all).not.toMatch(/<script|<研究>|<b>chief/);
    expect(fieldsOf(pkg, pkg.notes[3]).Example).toBe('推进 高质量<br>发展<b class="hl">的</b>&quot;关键&quot;');
  });

  it('tags HSK levels and the source', () => {
    expect(pkg.notes[0].tags).toBe(' HSK3.0::4 HSK2.0::5 source::李强主持召开国务院常务会议_<研究>_部署_&_推进 n ');
    expect(pkg.notes[1].tags).toContain(' HSK3.0::7-9 HSK2.0::6 ');
    expect(pkg.notes[2].tags).not.toContain('HSK');
    expect(pkg.notes[3].tags).toContain(' particle_word ');
  });

  it('ships the tone colours in the CSS and the templates', () => {
    const model = Object.values(pkg.models)[0];
    expect(model.css).toMatch(/\.tone1 \{ color: #[0-9a-f]{6}; \}/);
    expect(model.tmpls[0].qfmt).toContain('{{Hanzi}}');
    expect(model.tmpls[0].qfmt).toContain('{{Example}}');
    expect(model.tmpls[0].afmt).toContain('{{Pinyin}}');
    expect(model.tmpls[0].afmt).toContain('{{Meaning}}');
  });
});

describe('stable notes across exports', () => {
  const byGuid = (p: ReadPackage) => new Map(p.notes.map((n) => [n.guid, n]));
  const modsOf = (p: ReadPackage) => [...byGuid(p)].map(([guid, n]) => [guid, n.mod]).sort();
  const first = readApkg(buildApkg(inputOf(smallDeck()), opts));

  it('dates notes by their content, not by the export: unchanged cards keep notes.mod, the note type and deck too', () => {
    const again = readApkg(buildApkg(inputOf(smallDeck()), { ...opts, now: new Date('2027-02-01T08:00:00Z') }));
    expect(modsOf(again)).toEqual(modsOf(first));
    // Content older than guanhua's note format: the format's date.
    expect(new Set(first.notes.map((n) => n.mod))).toEqual(new Set([FORMAT_CHANGED_AT.getTime() / 1000]));
    expect(Object.values(again.models)[0]).toEqual(Object.values(first.models)[0]);
    expect(again.decks).toEqual(first.decks);
  });

  it('keeps guids and the note type id when exported again later, and dates a changed card by its change', () => {
    const later = new Date(FORMAT_CHANGED_AT.getTime() + 3_600_000);
    const changed = smallDeck();
    changed.cards[0] = { ...changed.cards[0], definitions: ['bureau chief'], examples: ['新局长上任'] };
    changed.cards.reverse();
    const input = inputOf(changed);
    input.notes = input.notes.map((n) => (n.card.id === 'gh-1a2b3c4d5e6f7081' ? { ...n, contentChangedAt: later } : n));
    const second = check(buildApkg(input, { ...opts, now: later }), 'changed.apkg');
    expect([...byGuid(second).keys()].sort()).toEqual([...byGuid(first).keys()].sort());
    expect(second.notes[0].mid).toBe(first.notes[0].mid);
    const note = byGuid(second).get('gh-1a2b3c4d5e6f7081')!;
    expect(fieldsOf(second, note).Meaning).toBe('bureau chief');
    // Anki updates a note only when the incoming mtime is newer: this one, and only this one.
    expect(note.mod).toBe(later.getTime() / 1000);
    for (const [guid, mod] of modsOf(second)) if (guid !== note.guid) expect(mod).toBe(byGuid(first).get(guid as string)!.mod);
    expect(Object.values(second.decks).map((d) => d.id)).toEqual(Object.values(first.decks).map((d) => d.id));
  });

  it('gives the package with Recall its own note type id', () => {
    const plain = readApkg(buildApkg(inputOf(smallDeck()), opts));
    const recall = check(buildApkg(inputOf(smallDeck()), { ...opts, recall: true }), 'recall.apkg');
    expect(recall.notes[0].mid).not.toBe(plain.notes[0].mid);
    const model = Object.values(recall.models)[0];
    expect(model.tmpls.map((t) => t.name)).toEqual(['Recognition', 'Recall']);
    expect(model.tmpls[1].qfmt).toContain('{{Recall Prompt}}');
    expect(model.tmpls[1].qfmt).not.toMatch(/\{\{(Hanzi|Meaning|Traditional|Pinyin)\}\}/);
    // 的 has no meaning: no Recall card with a blank front.
    expect(recall.cards.filter((c) => c.ord === 1)).toHaveLength(3);
    expect(recall.cards).toHaveLength(7);
  });
});

describe('buildApkg --with-progress', () => {
  const deck = smallDeck();
  const learned = simulate(deck.cards[0].id, [
    ['2026-03-01T09:00:00Z', 3],
    ['2026-03-01T09:10:00Z', 3],
    ['2026-03-04T09:00:00Z', 3],
  ]);
  const learning = simulate(deck.cards[1].id, [['2026-03-10T11:55:00Z', 1]]);
  const input: ExportInput = {
    deck: { name: deck.name, source: deck.source },
    notes: [
      { card: deck.cards[0], contentChangedAt: CONTENT_DATE, progress: { schedule: learned.schedule, suspended: false, reviews: learned.reviews } },
      { card: deck.cards[1], contentChangedAt: CONTENT_DATE, progress: { schedule: learning.schedule, suspended: false, reviews: learning.reviews } },
      { card: deck.cards[2], contentChangedAt: CONTENT_DATE, progress: { schedule: { ...learned.schedule }, suspended: true, reviews: [] } },
      { card: deck.cards[3], contentChangedAt: CONTENT_DATE },
    ],
  };
  const pkg = check(buildApkg(input, { ...opts, withProgress: true, recall: true }), 'progress.apkg');
  const crtMs = (pkg.col.crt as number) * 1000;
  const recognition = pkg.cards.filter((c) => c.ord === 0);

  it('sets col.crt at a day start no later than the first review', () => {
    expect(crtMs).toBeLessThanOrEqual(new Date('2026-03-01T09:00:00Z').getTime());
    expect(new Date('2026-03-01T09:00:00Z').getTime() - crtMs).toBeLessThan(86_400_000);
  });

  it('maps a review card: type 2, queue 2, due day from col.crt, FSRS memory state in data', () => {
    const c = recognition[0];
    expect(c).toMatchObject({ type: 2, queue: 2, due: dayNumber(learned.schedule.due, crtMs), reps: 3, lapses: 0 });
    expect(c.ivl).toBe(learned.schedule.scheduledDays);
    const data = JSON.parse(c.data);
    expect(data.s).toBeCloseTo(learned.schedule.stability, 3);
    expect(data.d).toBeCloseTo(learned.schedule.difficulty, 3);
    expect(data.dr).toBe(0.9);
  });

  it('maps a learning card: queue 1, due in epoch seconds', () => {
    expect(recognition[1]).toMatchObject({ type: 1, queue: 1, due: Math.floor(learning.schedule.due.getTime() / 1000) });
  });

  it('keeps suspension, and leaves cards without progress (and Recall cards) new', () => {
    expect(recognition[2]).toMatchObject({ type: 2, queue: -1 });
    expect(recognition[3]).toMatchObject({ type: 0, queue: 0, due: 4 });
    expect(pkg.cards.filter((c) => c.ord === 1).every((c) => c.type === 0 && c.queue === 0)).toBe(true);
  });

  it('writes the review log as revlog rows of the Recognition cards', () => {
    expect(pkg.revlog).toHaveLength(4);
    expect(pkg.revlog.filter((r) => r.cid === recognition[0].id).map((r) => r.ease)).toEqual([3, 3, 3]);
    expect(pkg.revlog.filter((r) => r.cid === recognition[1].id).map((r) => [r.ease, r.type])).toEqual([[1, 0]]);
    expect(pkg.revlog.map((r) => r.id)).toEqual([...learned.reviews, ...learning.reviews].map((r) => r.reviewedAt.getTime()).sort());
  });
});

describe('the shared checker, as the tests run it', () => {
  it('fails a package whose checksum Anki would not accept (so an "ok" above means something)', async () => {
    const script = checkerScript();
    if (!script) return;
    const { unzipSync, zipSync } = await import('fflate');
    const Database = (await import('better-sqlite3')).default;
    const zip = unzipSync(buildApkg(inputOf(smallDeck()), opts));
    const dbFile = path.join(dir, 'tampered.anki2');
    fs.writeFileSync(dbFile, zip['collection.anki2']);
    const db = new Database(dbFile);
    db.prepare('UPDATE notes SET csum = csum + 1').run();
    db.close();
    const file = path.join(dir, 'tampered.apkg');
    fs.writeFileSync(file, zipSync({ 'collection.anki2': new Uint8Array(fs.readFileSync(dbFile)), media: zip.media }));
    const r = runChecker(script, file);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/note\.csum/);
  });
});
