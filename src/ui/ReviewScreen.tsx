import React from 'react';
import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { DeckCard } from '../model/deck.js';
import { AnswerBar } from './AnswerBar.js';
import { CardBack } from './CardBack.js';
import { CardFront } from './CardFront.js';
import { StatusBar } from './StatusBar.js';
import { TypingPrompt } from './TypingPrompt.js';
import { progress, type SessionState } from './session-reducer.js';
import { FRONT_HINT } from './first-frame.js';

/**
 * Meanings get the rows the rest of the answer side leaves: status bar 2, gap 1, word
 * and facts 2, gaps 2, frequency 1, source 1, footer 2, "…and N more" 1, the example
 * and its pinyin as wrapped (one spare row for word wrapping), the typing result 4.
 */
export function meaningLines(card: DeckCard, columns: number, rows: number, typing: boolean): number {
  const width = Math.max(20, columns - 2);
  const wrapped = (text: string | undefined) => (text ? Math.ceil(stringWidth(text) / width) : 0);
  const example = wrapped(card.examples[0]) + wrapped(card.examplesPinyin[0]) + (card.examplesPinyin[0] ? 1 : 0);
  return Math.max(1, Math.min(10, rows - 12 - example - (typing ? 4 : 0)));
}

const STATE_NAMES = { new: 'new', learning: 'learning', review: 'review', relearning: 'relearning' } as const;

/** One card of the session, front or back, between the status bar and the answer bar. */
export function ReviewScreen({ state, columns, rows }: { state: SessionState; columns: number; rows: number }) {
  const item = state.item;
  if (item === null) return null;
  const back = state.phase === 'back';
  const typing = state.typingMode;
  const maxMeanings = meaningLines(item.card, columns, rows, typing);
  return (
    <Box flexDirection="column" height={rows}>
      <StatusBar
        counts={state.counts}
        progress={progress(state)}
        columns={columns}
        title={`${item.deckName} · ${STATE_NAMES[item.state]} card`}
      />
      <Box flexDirection="column" flexGrow={1} justifyContent={back ? 'flex-start' : 'center'} marginTop={1}>
        {back ? <CardBack card={item.card} sourceTitle={item.sourceTitle} maxMeanings={maxMeanings} /> : <CardFront card={item.card} />}
        {typing && (
          <Box marginTop={1}>
            <TypingPrompt typed={state.typing.typed} result={state.typing.result} suggested={state.typing.suggested} />
          </Box>
        )}
      </Box>
      <Box flexDirection="column" paddingX={1}>
        <Text dimColor wrap="truncate-end">
          {state.notice ?? ' '}
        </Text>
        {back ? (
          <AnswerBar intervals={item.intervals} preferred={state.typing.suggested ?? 3} />
        ) : (
          <Text dimColor>{typing ? 'enter: check · tab: skip · ?: keys · esc: quit' : FRONT_HINT}</Text>
        )}
      </Box>
    </Box>
  );
}
