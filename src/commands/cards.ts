import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import type { CardDetail, CardStatus, CardSummary } from '../store/manage-types.js';
import { openManager } from '../store/manager.js';
import { cardsTable, cardText } from '../ui/card-report.js';

export interface CardsOptions {
  deck?: string;
  state?: CardStatus;
  json?: boolean;
}

/** `guanhua cards [query]`: the cards matching a query (characters, pinyin with or without tones, a meaning word); reads only. */
export async function runCards(query: string | undefined, opts: CardsOptions, ctx: CommandContext): Promise<void> {
  const m = openManager(ctx.home, { create: false });
  let found;
  try {
    if (opts.deck !== undefined && !m.deckNames().includes(opts.deck)) {
      throw new GuanhuaError(`no deck named '${opts.deck}' in the collection; 'guanhua decks' lists them`);
    }
    found = m.search({ query, deck: opts.deck, state: opts.state, now: ctx.now });
  } finally {
    m.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ cards: found.cards.map(summaryJson) })}\n`);
    return;
  }
  ctx.stdout.write(cardsTable(found.cards, found.total, ctx.now, m.config));
}

/** `guanhua card <word|id>`: one card with its whole history; reads only. */
export async function runCard(arg: string, opts: { json?: boolean }, ctx: CommandContext): Promise<void> {
  const m = openManager(ctx.home, { create: false });
  let detail: CardDetail;
  try {
    const ids = m.resolve(arg);
    if (ids.length === 0) throw new GuanhuaError(`no card '${arg}' in the collection; 'guanhua cards <query>' finds cards by characters, pinyin or meaning`);
    const all = ids.map((id) => m.detail(id, ctx.now)!);
    if (all.length > 1) {
      throw new GuanhuaError(`${arg} names ${all.length} cards: ${all.map((d) => `${d.id} (${d.pinyin})`).join(', ')}; give the id`);
    }
    detail = all[0];
  } finally {
    m.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(detailJson(detail))}\n`);
    return;
  }
  ctx.stdout.write(cardText(detail, ctx.now, m.config));
}

function summaryJson(c: CardSummary) {
  return {
    id: c.id, word: c.word, pinyin: c.pinyin, decks: c.decks, state: c.state, due: c.due.toISOString(),
    stability: c.stability, difficulty: c.difficulty, reviews: c.reviews, lapses: c.lapses,
  };
}

function detailJson(d: CardDetail) {
  return {
    ...summaryJson(d),
    traditional: d.card?.traditional ?? null,
    definitions: d.card?.definitions ?? [],
    examples: d.card?.examples ?? [],
    suspended: d.suspended,
    buriedUntil: d.buriedUntil?.toISOString() ?? null,
    known: d.retired,
    history: d.history.map((h) => ({
      time: h.time.toISOString(), grade: h.grade, elapsed: h.elapsed, scheduled: h.scheduled, state: h.stateAfter, durationMs: h.durationMs,
    })),
    forgotten: d.forgotten.map((t) => t.toISOString()),
    recall: d.recall && {
      stability: d.recall.stability,
      history: d.recall.history.map((h) => ({ time: h.time.toISOString(), grade: h.grade, durationMs: h.durationMs })),
    },
  };
}
