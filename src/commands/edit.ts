import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import type { EditOutcome } from '../store/card-edits.js';
import { backupBefore, backupIfDue } from '../store/backups.js';
import { openManager, type Manager } from '../store/manager.js';

/**
 * `guanhua suspend|unsuspend|unbury|forget <word|id>…` and `guanhua known remove <word>…`:
 * every card named is checked first, then all change in one transaction (a name that is no card
 * changes nothing).
 */

export interface EditOptions {
  json?: boolean;
}

export type CardEdit = 'suspend' | 'unsuspend' | 'unbury' | 'forget';

const DONE: Record<CardEdit, { did: string; already: string }> = {
  suspend: { did: 'Suspended', already: 'was suspended already' },
  unsuspend: { did: 'Unsuspended', already: 'was not suspended' },
  unbury: { did: 'Unburied', already: 'was not buried' },
  forget: { did: 'Forgot (new again, history kept)', already: 'is new already' },
};

export async function runCardEdit(edit: CardEdit, args: string[], opts: EditOptions, ctx: CommandContext): Promise<void> {
  const m = existing(ctx);
  let outcomes: EditOutcome[];
  try {
    const ids = m.resolveAll(args);
    if (edit === 'forget') {
      await backupBefore(ctx.home, 'forget', ctx.now);
      outcomes = m.forget(ids, ctx.now);
    } else {
      await backupIfDue(ctx.home, ctx.now);
      outcomes = m.edit(edit, ids, ctx.now);
    }
  } finally {
    m.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ cards: outcomes })}\n`);
    return;
  }
  for (const o of outcomes) ctx.stdout.write(o.changed ? `${DONE[edit].did}: ${o.word} (${o.id})\n` : `${o.word} (${o.id}) ${DONE[edit].already}\n`);
}

/** `guanhua known remove <word>…`: no longer an imported known word nor "I know this". */
export async function runKnownRemove(words: string[], opts: EditOptions, ctx: CommandContext): Promise<void> {
  const m = existing(ctx);
  let removed;
  try {
    const unknown = words.filter((w) => m.resolve(w).length === 0 && !m.isKnown(w));
    if (unknown.length > 0) throw new GuanhuaError(`${unknown.join(', ')}: neither a known word nor a card of the collection; 'guanhua known export' lists the known words`);
    await backupIfDue(ctx.home, ctx.now);
    removed = m.removeKnown(words, ctx.now);
  } finally {
    m.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ words: removed })}\n`);
    return;
  }
  for (const r of removed) {
    const did = [r.imported ? 'removed from the imported known words' : '', r.unretired > 0 ? `"I know this" taken back on ${r.unretired} card${r.unretired === 1 ? '' : 's'}` : '']
      .filter(Boolean).join('; ');
    const still = r.mature.length > 0
      ? `; still known from its ${r.mature[0].recall ? 'Recall card\'s memory in Anki' : 'card\'s memory'} (stability ${Math.round(r.mature[0].stability)} days): 'guanhua forget ${r.word}' makes it new`
      : '';
    ctx.stdout.write(`${r.word}: ${did || 'was not marked known'}${still}\n`);
  }
}

/** The collection, which these commands need to exist already. */
function existing(ctx: CommandContext): Manager {
  const m = openManager(ctx.home, { create: false });
  if (m.file === null) {
    m.close();
    throw new GuanhuaError("there is no collection yet; add a deck with 'guanhua add <deck-file>'");
  }
  return m;
}
