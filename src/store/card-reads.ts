import type { DeckSource } from '../model/deck.js';
import type { ReviewLogEntry } from '../srs/types.js';
import { COPIES_OF_CARD, logEntryOf, storedCardOf, type CardRow, type ContentRow, type LogRow } from './rows.js';
import type { Statements } from './statements.js';
import type { StoredCard, StoredDeck } from './types.js';

/** Decks, cards (content merged across decks) and the review log, as the Collection hands them out. */
export class CardReads {
  constructor(private readonly sql: Statements) {}

  deckNames(): string[] {
    return this.sql.get('SELECT name FROM decks ORDER BY added_at, rowid').pluck().all() as string[];
  }

  deckByName(name: string): StoredDeck | undefined {
    const row = this.sql.get(
      `SELECT name, title, source, added_at, updated_at, (SELECT count(*) FROM card_decks WHERE deck = decks.name) AS n
       FROM decks WHERE name = ?`,
    ).get(name) as { name: string; title: string; source: string; added_at: number; updated_at: number; n: number } | undefined;
    if (!row) return undefined;
    return {
      name: row.name, title: row.title, source: JSON.parse(row.source) as DeckSource, cardCount: row.n,
      addedAt: new Date(row.added_at), updatedAt: new Date(row.updated_at),
    };
  }

  cardsOfDeck(name: string): StoredCard[] {
    const rows = this.sql.get('SELECT c.* FROM card_decks cd JOIN cards c ON c.id = cd.card_id WHERE cd.deck = ? ORDER BY cd.rank, c.id')
      .all(name) as CardRow[];
    const contents = this.sql.get(
      `SELECT o.card_id, o.deck, o.content, o.updated_at FROM card_decks cd
       JOIN card_decks o ON o.card_id = cd.card_id JOIN decks d ON d.name = o.deck
       WHERE cd.deck = ? ORDER BY d.added_at, d.rowid`,
    ).all(name) as ContentRow[];
    const byCard = new Map<string, ContentRow[]>();
    for (const c of contents) {
      const list = byCard.get(c.card_id);
      if (list) list.push(c);
      else byCard.set(c.card_id, [c]);
    }
    return rows.map((r) => storedCardOf(r, byCard.get(r.id) ?? []));
  }

  card(id: string): StoredCard | undefined {
    const row = this.sql.get('SELECT * FROM cards WHERE id = ?').get(id) as CardRow | undefined;
    if (!row) return undefined;
    const contents = this.sql.get(COPIES_OF_CARD).all(id) as ContentRow[];
    return storedCardOf(row, contents);
  }

  reviewLog(cardIds?: string[]): ReviewLogEntry[] {
    const rows = cardIds
      ? this.sql.get('SELECT * FROM review_log WHERE card_id IN (SELECT value FROM json_each(?)) ORDER BY reviewed_at, id').all(JSON.stringify(cardIds))
      : this.sql.get('SELECT * FROM review_log ORDER BY reviewed_at, id').all();
    return (rows as LogRow[]).map(logEntryOf);
  }
}
