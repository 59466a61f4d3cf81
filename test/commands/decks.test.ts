import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runDeckRemove, runDecks } from '../../src/commands/decks.js';
import { openCollection } from '../../src/store/collection.js';
import { listBackupFiles } from '../../src/store/backup-files.js';
import { cli, commandContext } from '../helpers/cli.js';
import { loadDeck, loadUiDeck, tempHome } from '../store/helpers.js';

const at = (iso: string) => new Date(iso);
const T0 = at('2026-11-20T10:00:00Z');
const NOW = at('2026-11-23T12:00:00Z');
const report = loadDeck('report-2024-v2');
const idOf = (word: string) => report.cards.find((c) => c.word === word)!.id;

/** The test deck (8 cards) and report-2024 (5 cards; 局长 and 推进 in both). */
function collection() {
  const home = tempHome();
  const c = openCollection(home);
  c.addDeck(loadUiDeck(), T0);
  c.addDeck(report, at('2026-11-20T10:00:01Z'));
  c.answer(idOf('局长'), 3, T0, 3000);
  c.answer(idOf('发展'), 3, T0, 3000);
  c.answer(idOf('发展'), 4, at('2026-11-20T10:10:00Z'), 3000);
  c.suspend(idOf('经济'), T0);
  c.retire(idOf('改革'), T0);
  return { home, c };
}

const decksJson = async (home: string) => {
  const out = commandContext(home, NOW);
  await runDecks({ json: true }, out.ctx);
  return JSON.parse(out.stdout()).decks as Array<Record<string, unknown>>;
};

/** A terminal's standard input that answers `line`. */
const terminalAnswering = (line: string) => Object.assign(Readable.from([Buffer.from(line)]), { isTTY: true });

describe('guanhua decks', () => {
  it('lists each deck with its cards by state (the JSON of the contract)', async () => {
    const { home, c } = collection();
    c.close();
    expect(await decksJson(home)).toEqual([
      { name: '政府工作报告（测试）', title: '2024年国务院政府工作报告（节选）', cards: 8, new: 7, learning: 1, review: 0, suspended: 0, known: 0 },
      { name: 'report-2024', title: '政府工作报告', cards: 5, new: 1, learning: 1, review: 1, suspended: 1, known: 1 },
    ]);
    const text = await cli(['--home', home, 'decks']);
    expect(text.stdout.split('\n')[0]).toMatch(/^deck {18}cards {4}new {2}learn {2}review {3}susp {2}known$/);
    expect(text.stdout).toContain('report-2024               5      1      1       1      1      1');
  });

  it('renames a deck; its cards and progress stay, and adding its file again updates the renamed deck', async () => {
    const { home, c } = collection();
    c.close();
    expect((await cli(['--home', home, 'decks', 'rename', 'report-2024', '报告 2024'])).stdout).toBe("Renamed 'report-2024' to '报告 2024'; its cards and progress are as they were.\n");
    expect((await decksJson(home)).map((d) => [d.name, d.cards, d.review])).toEqual([['政府工作报告（测试）', 8, 0], ['报告 2024', 5, 1]]);
    const file = path.join(tempHome(), 'report.json');
    fs.writeFileSync(file, JSON.stringify(report));
    const again = await cli(['--home', home, 'add', file, '--json']);
    expect(JSON.parse(again.stdout).decks[0]).toMatchObject({ deck: '报告 2024', added: 0, unchanged: 5 });
    expect((await decksJson(home)).map((d) => d.name)).toEqual(['政府工作报告（测试）', '报告 2024']);
    // The old name is free for a deck of its own once it is taken again; a name in use is refused.
    const taken = await cli(['--home', home, 'decks', 'rename', '报告 2024', '政府工作报告（测试）']);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toBe("guanhua: there is a deck named '政府工作报告（测试）' already; choose another name or remove that deck first\n");
    expect((await cli(['--home', home, 'decks', 'rename', 'nope', 'x'])).stderr).toBe("guanhua: no deck named 'nope' in the collection; 'guanhua decks' lists them\n");
  });

  it('removes a deck on a terminal after a yes: cards also in another deck stay, the rest go with their reviews', async () => {
    const { home, c } = collection();
    c.close();
    const no = commandContext(home);
    no.ctx.stdin = terminalAnswering('n\n');
    await runDeckRemove('report-2024', {}, no.ctx);
    expect(no.stdout()).toBe('Nothing removed.\n');
    expect(no.stderr()).toBe("Remove deck 'report-2024'? 5 cards: 2 also in another deck stay, 3 go with 2 reviews. [y/N] ");
    expect(await decksJson(home)).toHaveLength(2);

    const yes = commandContext(home, NOW);
    yes.ctx.stdin = terminalAnswering('y\n');
    await runDeckRemove('report-2024', {}, yes.ctx);
    expect(yes.stdout()).toBe("Removed deck 'report-2024' (5 cards: 2 also in another deck stay, 3 go with 2 reviews).\n");
    expect(listBackupFiles(home)[0].reason).toBe('before-decks-remove');
    const after = openCollection(home);
    expect(after.deckNames()).toEqual(['政府工作报告（测试）']);
    // 局长 stays with its answer; 发展 went with its two.
    expect(after.card(idOf('局长'))).toMatchObject({ decks: ['政府工作报告（测试）'] });
    expect(after.card(idOf('局长'))!.schedule.reps).toBe(1);
    expect(after.card(idOf('发展'))).toBeUndefined();
    expect(after.reviewLog().map((l) => l.cardId)).toEqual([idOf('局长')]);
    expect(after.stats(NOW).reviews.total).toBe(1);
    after.close();
    expect((await cli(['--home', home, 'cards', 'fa1 zhan3', '--json'])).stdout).toBe('{"cards":[]}\n');
  });

  it('without a terminal asks for --yes and removes nothing; --yes removes', async () => {
    const { home, c } = collection();
    c.close();
    const r = await cli(['--home', home, 'decks', 'remove', 'report-2024']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("guanhua: decks remove asks before it removes, and standard input is not a terminal; add --yes to remove 'report-2024' (5 cards: 2 also in another deck stay, 3 go with 2 reviews)\n");
    expect(await decksJson(home)).toHaveLength(2);
    const yes = await cli(['--home', home, 'decks', 'remove', 'report-2024', '--yes', '--json']);
    expect(yes.status).toBe(0);
    expect(JSON.parse(yes.stdout)).toEqual({ removed: { name: 'report-2024', cards: 5, removed: 3, reviews: 2 } });
    expect((await decksJson(home)).map((d) => d.name)).toEqual(['政府工作报告（测试）']);
  });
});
